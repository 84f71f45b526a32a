using FoiBot.Core.Authorities;

namespace FoiBot.Synthetic;

/// <summary>
/// Every authority in the catalog with a house style, drawn with a Zipf-like skew (weight 1/rank) so that a few
/// authorities write thousands of letters and most write a handful, as on real disclosure logs. The ranking and house
/// styles are fixed, not seeded: an authority looks the same in every corpus.
/// </summary>
internal sealed class AuthorityPool
{
    private static readonly Lazy<AuthorityPool> s_default = new(() => new AuthorityPool(AuthorityCatalog.Default));

    private static readonly string[] s_teams =
    [
        "Information Governance Team", "Information Management Team", "FOI Team", "Corporate Information Unit",
        "Information Rights Unit", "Data Protection and FOI Office", "Freedom of Information Officer", "Information Compliance",
    ];

    private static readonly string[] s_streets =
    [
        "Bristol Avenue", "Civic Centre", "Town Hall", "High Street", "Council Offices", "Station Road", "County Hall", "Market Square",
    ];

    private readonly double[] _cumulative;

    private AuthorityPool(AuthorityCatalog catalog)
    {
        var random = LetterRandom.ForStream(0, 0xA17);
        var ranked = catalog.All.ToList();
        random.Shuffle(ranked);

        Profiles = [.. ranked.Select(a => Profile(a, random))];
        _cumulative = new double[Profiles.Count];
        var total = 0.0;
        for (var rank = 0; rank < Profiles.Count; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }
    }

    public static AuthorityPool Default => s_default.Value;

    /// <summary>Most frequent first.</summary>
    public IReadOnlyList<AuthorityProfile> Profiles { get; }

    public AuthorityProfile Draw(LetterRandom random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var at = Array.BinarySearch(_cumulative, x);
        return Profiles[Math.Min(at < 0 ? ~at : at, Profiles.Count - 1)];
    }

    private static AuthorityProfile Profile(Authority authority, LetterRandom random)
    {
        var answers = authority.Kind switch
        {
            AuthorityKinds.Police or AuthorityKinds.Fire or AuthorityKinds.Nhs or AuthorityKinds.Transport => authority.Kind,
            AuthorityKinds.CentralGovernment or AuthorityKinds.University or AuthorityKinds.Other => "other",
            _ => "council",
        };
        var weights = (double[])LayoutNames.Shares.Clone();
        if (authority.Kind == AuthorityKinds.Transport)
        {
            weights[(int)LetterLayout.YouAsked] *= 6;
        }

        if (authority.Nation == "Scotland")
        {
            weights[(int)LetterLayout.RequestResponse] *= 4;
        }

        var place = authority.PlaceNames.Count > 0 ? authority.PlaceNames[0] : null;
        // A body named after no place gets a PO box: a town there would be read as naming that town's council.
        var town = place ?? $"PO Box {100 + random.Next(900)}";
        var postcode = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{1 + random.Next(20)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        return new AuthorityProfile
        {
            Authority = authority,
            Answers = answers,
            ShortName = answers == "council" && place is not null ? place : authority.Aliases.Count > 0 && random.Chance(0.3) ? authority.Aliases[0] : authority.Name,
            Domain = authority.Domains.Count > 0 ? authority.Domains[0] : null,
            Layout = (LetterLayout)random.Weighted(weights),
            DateStyle = (DateStyle)random.Weighted([0.45, 0.2, 0.08, 0.12, 0.08, 0.07]),
            Team = random.Pick(s_teams),
            HeadedClosings = random.Chance(0.5),
            Address = [$"{1 + random.Next(120)} {random.Pick(s_streets)}", $"{town} {postcode}"],
        };
    }
}
