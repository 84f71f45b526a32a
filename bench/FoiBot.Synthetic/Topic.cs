namespace FoiBot.Synthetic;

/// <summary>One FOI subject the generator writes letters about, with the questions requesters ask on it.</summary>
internal sealed record Topic
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>A user's question on the headline, with "{a}" for the authority.</summary>
    public required string Ask { get; init; }

    /// <summary>The same question in a member of the public's words.</summary>
    public required string Paraphrase { get; init; }

    /// <summary>council, police, fire, nhs, transport or any.</summary>
    public required string Answerers { get; init; }

    /// <summary>The first is the headline, asked in every letter on the topic.</summary>
    public required IReadOnlyList<TopicQuestion> Questions { get; init; }
}
