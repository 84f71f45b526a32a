using FoiBot.Core.Authorities;

namespace FoiBot.Synthetic;

/// <summary>An authority with its house style: the layout, date format and letterhead its letters mostly use.</summary>
internal sealed record AuthorityProfile
{
    public required Authority Authority { get; init; }

    /// <summary>"council", "police", "fire", "nhs", "transport" or "other": which topics it is asked about.</summary>
    public required string Answers { get; init; }

    /// <summary>How a user names it: "Barnet", "Kent Police".</summary>
    public required string ShortName { get; init; }

    public string? Domain { get; init; }

    public required LetterLayout Layout { get; init; }

    public required DateStyle DateStyle { get; init; }

    public required string Team { get; init; }

    /// <summary>Whether its closing paragraphs (rights, re-use) each carry a heading.</summary>
    public required bool HeadedClosings { get; init; }

    /// <summary>Address lines under the name in the letterhead.</summary>
    public required IReadOnlyList<string> Address { get; init; }

    public bool Scottish => Authority.Nation == "Scotland";
}
