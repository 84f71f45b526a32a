namespace FoiBot.Answering;

/// <summary>What a question says about time: a range of letter dates, only the newest letter, or how answers changed.</summary>
internal sealed record TimeScope
{
    public static readonly TimeScope None = new();

    /// <summary>Letters answered on or after this date ("since 2020").</summary>
    public DateOnly? From { get; init; }

    /// <summary>Letters answered on or before this date ("before 2021").</summary>
    public DateOnly? To { get; init; }

    /// <summary>"latest", "most recent", "still": the newest letter is the answer, older ones are history.</summary>
    public bool NewestOnly { get; init; }

    /// <summary>"has it changed its position": every letter is wanted, and the answer must say whether it changed.</summary>
    public bool AsksForChange { get; init; }

    public bool Admits(DateOnly? date) =>
        date is not { } d || ((From is null || d >= From) && (To is null || d <= To));
}
