using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>A generated letter and the truth about it: what a perfect parser would read from <see cref="Text"/>.</summary>
public sealed record SyntheticLetter
{
    public required int Number { get; init; }

    /// <summary>Where the letter goes under the corpus folder, '/'-separated: "0001/letter-0001234.txt".</summary>
    public required string RelativePath { get; init; }

    public required string Text { get; init; }

    /// <summary>The authority's canonical name in <c>AuthorityCatalog.Default</c>.</summary>
    public required string Authority { get; init; }

    public required string Reference { get; init; }

    /// <summary>Null for a letter that prints no date, as some real ones do.</summary>
    public DateOnly? ResponseDate { get; init; }

    /// <summary>The letter's outcome, its pairs' outcomes combined as <c>OutcomeReader.Combine</c> does.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The topic's id, e.g. "cctv".</summary>
    public required string Topic { get; init; }

    public required string TopicTitle { get; init; }

    /// <summary>Which of the letter shapes it was written in, e.g. "numbered", "you-asked".</summary>
    public required string Layout { get; init; }

    /// <summary>"FOIA", "EIR", "FOISA" or "EISR".</summary>
    public required string Law { get; init; }

    public required IReadOnlyList<SyntheticPair> Pairs { get; init; }
}
