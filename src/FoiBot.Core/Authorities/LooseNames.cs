using System.Text.RegularExpressions;

namespace FoiBot.Core.Authorities;

/// <summary>The forms of an authority's name people write that the catalog does not list word for word.</summary>
internal static partial class LooseNames
{
    public static ResolvedName? Resolve(AuthorityCatalog catalog, string name)
    {
        var cleaned = Spaces().Replace(Brackets().Replace(name, " ").Replace("&", " and ", StringComparison.Ordinal), " ").Trim().TrimEnd('.', ',');
        if (cleaned.Length == 0)
        {
            return null;
        }

        if (First(catalog, Variants(cleaned)) is { } whole)
        {
            return new ResolvedName(whole, null);
        }

        // "Northern Ireland Water Limited", "The Scottish Parliament": the company's suffix or the article is no part of the name.
        if (Formal().Replace(cleaned, "") is { Length: > 0 } plain && plain != cleaned && First(catalog, Variants(plain)) is { } company)
        {
            return new ResolvedName(company, null);
        }

        // "Scottish Parliamentary Corporate Body (Scottish Parliament)": the name in brackets is the one people use.
        foreach (Match bracketed in Brackets().Matches(name))
        {
            var inner = bracketed.Value[1..^1].Trim();
            if (inner.Length > 3 && First(catalog, Variants(inner)) is { } known)
            {
                return new ResolvedName(known, null);
            }
        }

        // A part of a body: "Moray Licensing Board", "Licensing Board for Moray", "Barnet Pension Fund".
        if (PartAfter().Match(cleaned) is { Success: true } after && First(catalog, Variants(after.Groups["body"].Value)) is { } parent)
        {
            return new ResolvedName(parent, after.Groups["part"].Value);
        }

        if (PartBefore().Match(cleaned) is { Success: true } before && First(catalog, Variants(before.Groups["body"].Value)) is { } owner)
        {
            return new ResolvedName(owner, before.Groups["part"].Value);
        }

        return null;
    }

    private static Authority? First(AuthorityCatalog catalog, IEnumerable<string> names) =>
        names.Select(catalog.Resolve).FirstOrDefault(a => a is not null);

    /// <summary>The name itself, then the other ways councils' names are written.</summary>
    private static IEnumerable<string> Variants(string name)
    {
        yield return name;
        if (BoroughCouncil().Match(name) is { Success: true } borough)
        {
            var place = borough.Groups["place"].Value;
            yield return $"London Borough of {place}";
            yield return $"Royal Borough of {place}";
            yield return place;
        }

        if (BoroughOf().Match(name) is { Success: true } of)
        {
            yield return $"{of.Groups["place"].Value} Borough Council";
            yield return $"{of.Groups["place"].Value} Council";
            yield return of.Groups["place"].Value;
        }

        if (KindCouncil().Match(name) is { Success: true } kind)
        {
            yield return $"{kind.Groups["place"].Value} Council";
            yield return kind.Groups["place"].Value;
        }
        else if (PlainCouncil().Match(name) is { Success: true } plain)
        {
            yield return $"{plain.Groups["place"].Value} City Council";
            yield return plain.Groups["place"].Value;
        }
    }

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^the\s+|[\s,]+(?:limited|ltd|plc|llp|cic)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Formal();

    [GeneratedRegex(@"^(?<place>.+?) Borough Council$", RegexOptions.IgnoreCase)]
    private static partial Regex BoroughCouncil();

    [GeneratedRegex(@"^(?:The )?(?:London|Royal) Borough of (?<place>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoroughOf();

    [GeneratedRegex(@"^(?<place>.+?) (?:City|County|District|Metropolitan Borough|County Borough) Council$", RegexOptions.IgnoreCase)]
    private static partial Regex KindCouncil();

    [GeneratedRegex(@"^(?<place>.+?) Council$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainCouncil();

    [GeneratedRegex(@"^(?<body>.+?) (?<part>(?:Licensing|Planning|Appeals?) (?:Board|Committee)|Pension Fund|Joint (?:Committee|Board)|Valuation Joint Board|Licensing Authority)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartAfter();

    [GeneratedRegex(@"^(?:The )?(?<part>Licensing Board|Pension Fund|Joint Committee) (?:of|for) (?<body>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartBefore();
}
