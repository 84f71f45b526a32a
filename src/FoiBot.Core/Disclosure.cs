namespace FoiBot.Core;

/// <summary>One response letter, parsed: who answered, when, under which reference, and what was asked and answered.</summary>
public sealed record Disclosure
{
    /// <summary>Where the letter came from: a file path, relative to its corpus folder when it was indexed.</summary>
    public required string Source { get; init; }

    /// <summary>The authority's canonical name, or null when neither the letter nor its manifest names one.</summary>
    public string? Authority { get; init; }

    /// <summary>The part of the authority that answered, when a name said so ("Licensing Board" of a council); null otherwise.</summary>
    public string? AuthorityPart { get; init; }

    /// <summary>Where <see cref="Authority"/> was learned; <see cref="AuthoritySource.None"/> when there is none.</summary>
    public AuthoritySource AuthoritySource { get; init; }

    /// <summary>The public address the letter was published at, when a provenance table gives it: the link staff need.</summary>
    public string? SourceAddress { get; init; }

    /// <summary>Reference numbers as the authority writes them, the letter's own reference first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public DateOnly? ResponseDate { get; init; }

    public DateOnly? ReceivedDate { get; init; }

    public string? Subject { get; init; }

    public AccessLaw Law { get; init; }

    /// <summary>The letter's overall outcome, derived from its answers.</summary>
    public Outcome Outcome { get; init; }

    public IReadOnlyList<QaPair> Pairs { get; init; } = [];

    /// <summary>
    /// Text of the letter that no question or answer took (a paragraph before the request, a sheet after the sign-off,
    /// an acknowledgement's dates), its blocks kept together as one passage with no question: searched and quoted like an answer, so
    /// nothing the letter says is lost to a parse that missed its layout, but never shown as one of the request's pairs.
    /// </summary>
    public IReadOnlyList<QaPair> Unpaired { get; init; } = [];

    /// <summary>How many passages the letter is searched by: its pairs, then its unpaired text.</summary>
    public int PassageCount => Pairs.Count + Unpaired.Count;

    /// <summary>Every passage the letter is searched by, in index order: its pairs, then its unpaired text.</summary>
    /// <remarks>A method, not a property, so the letter's JSON does not carry its pairs twice.</remarks>
    public IEnumerable<QaPair> Passages() => Pairs.Concat(Unpaired);

    /// <summary>The passage at this index: a pair, or past the pairs the unpaired text.</summary>
    public QaPair PassageAt(int index) => index < Pairs.Count ? Pairs[index] : Unpaired[index - Pairs.Count];

    /// <summary>The request's outcome as the page the letter was saved from published it; null when the page shows none.</summary>
    public PublishedStatus? Status { get; init; }

    /// <summary>What the parser could not find or had to decide; never silently guessed.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The letter's own reference, or null when it carries none.</summary>
    public string? Reference => References.Count > 0 ? References[0] : null;
}
