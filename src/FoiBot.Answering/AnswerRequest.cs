namespace FoiBot.Answering;

/// <summary>One question put to an answer engine, with what the caller knows beyond its words.</summary>
public sealed record AnswerRequest
{
    public required string Question { get; init; }

    /// <summary>The caller's id for the question (a batch line's id), echoed in the answer.</summary>
    public string? Id { get; init; }

    /// <summary>An authority chosen outside the question's text (a Discord option, a web filter); it wins over one the question names.</summary>
    public string? Authority { get; init; }

    /// <summary>Groups follow-up questions ("and Coventry?") into one conversation: a Discord channel or thread, a chat session.</summary>
    public string? ConversationId { get; init; }
}
