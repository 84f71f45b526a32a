namespace FoiBot.Core;

/// <summary>FoiBot's reply to one question: a verdict, a short answer, and the letters it rests on.</summary>
public sealed record Answer
{
    public string? Id { get; init; }

    public required string Question { get; init; }

    public required Verdict Verdict { get; init; }

    public required string Text { get; init; }

    public bool Abstained { get; init; }

    /// <summary>Which engine wrote the answer: <see cref="AnswerEngines.Extractive"/> or <see cref="AnswerEngines.Llm"/>.</summary>
    public string Engine { get; init; } = AnswerEngines.Extractive;

    /// <summary>
    /// Why a model's answer was not shown and the extractive engine answered instead ("sentence 2 names 999999, which no
    /// passage it cites holds"); null when no model was asked or its answer passed every check.
    /// </summary>
    public string? Fallback { get; init; }

    /// <summary>The letters the answer rests on, strongest first; newest first among letters answering the same question.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Near misses offered as further reading; never support for the answer.</summary>
    public IReadOnlyList<Citation> Related { get; init; } = [];
}
