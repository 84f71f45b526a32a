namespace FoiBot.Answering.SemanticKernel;

/// <summary>The citation check's finding on a model's text: why it fails, or which passages it cites and what it quotes of each.</summary>
internal sealed record CheckedDraft
{
    /// <summary>Why the text cannot be shown; null when it passed.</summary>
    public string? Problem { get; init; }

    /// <summary>The passage numbers cited, in order of first citation.</summary>
    public IReadOnlyList<int> Cited { get; init; } = [];

    /// <summary>The first verified quote attributed to each cited passage.</summary>
    public IReadOnlyDictionary<int, string> Quotes { get; init; } = new Dictionary<int, string>();

    public bool Passed => Problem is null;

    public static CheckedDraft Fail(string problem) => new() { Problem = problem };
}
