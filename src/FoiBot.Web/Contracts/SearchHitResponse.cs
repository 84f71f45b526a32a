using FoiBot.Core;

namespace FoiBot.Web.Contracts;

/// <summary>One matching passage, with the words to highlight in its question and answer.</summary>
public sealed record SearchHitResponse
{
    public required string? Ref { get; init; }

    public required string Authority { get; init; }

    public DateOnly? Date { get; init; }

    public string? Number { get; init; }

    public required string Question { get; init; }

    public required string Answer { get; init; }

    public required Outcome Outcome { get; init; }

    public required float Score { get; init; }

    public required string Source { get; init; }

    /// <summary>Where the letter is published, when known.</summary>
    public string? SourceAddress { get; init; }

    public IReadOnlyList<TextMark> QuestionMarks { get; init; } = [];

    public IReadOnlyList<TextMark> AnswerMarks { get; init; } = [];
}
