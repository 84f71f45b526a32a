namespace FoiBot.Synthetic;

/// <summary>Everything decided about one letter before it is written out in its layout.</summary>
internal sealed record LetterPlan
{
    public required int Number { get; init; }

    public required AuthorityProfile Profile { get; init; }

    public required Topic Topic { get; init; }

    public required LetterLayout Layout { get; init; }

    public required AccessLawText Law { get; init; }

    public required string Reference { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>False for a letter that prints no date of its own.</summary>
    public required bool DatePrinted { get; init; }

    public required DateOnly Received { get; init; }

    public required IReadOnlyList<PlannedPair> Pairs { get; init; }

    /// <summary>The requester's own reference, quoted back in some letters, or null.</summary>
    public string? RequesterReference { get; init; }

    /// <summary>What the requester wrote before the questions, or null when the request starts with them.</summary>
    public string? Preamble { get; init; }

    /// <summary>Whether the letterhead names the authority; when not, only its e-mail address in the closing text does.</summary>
    public required bool NamedInLetterhead { get; init; }

    /// <summary>How much closing boilerplate follows the answers, 0 to 4 paragraphs.</summary>
    public required int Boilerplate { get; init; }

    /// <summary>Whether page furniture ("Page 2 of 3", a footer) is scattered through the text, as text taken from a PDF has.</summary>
    public required bool PageClutter { get; init; }

    public required string Salutation { get; init; }

    public required string Signer { get; init; }

    public string WrittenDate => DateWriter.Write(Date, Profile.DateStyle);

    public string WrittenReceived => DateWriter.Write(Received, Profile.DateStyle);
}
