namespace FoiBot.Answering.Conversations;

/// <summary>One question and the answer FoiBot gave, as remembered for follow-ups.</summary>
/// <param name="Question">The question as asked ("and Camden?").</param>
/// <param name="Answer">The answer's text.</param>
public sealed record ConversationTurn(string Question, string Answer)
{
    /// <summary>The question as answered, whole ("Does Barnet use facial recognition?" for "and Camden?"); the asked one when null.</summary>
    public string? Standalone { get; init; }

    /// <summary>The authority the answer was about, which a follow-up naming none keeps.</summary>
    public string? Authority { get; init; }

    public string Topic => Standalone ?? Question;
}
