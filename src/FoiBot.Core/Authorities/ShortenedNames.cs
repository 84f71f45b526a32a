namespace FoiBot.Core.Authorities;

/// <summary>
/// Names as people shorten them in file names: the joining words and the trailing words saying what kind of body it
/// is left out ("ashford-st-peters" for Ashford and St Peter's Hospitals NHS Foundation Trust, "hereford-worcester-fire"
/// for Hereford and Worcester Fire and Rescue Service). Only a shortening of two or more distinctive words that one
/// authority alone has is kept, so a place's name alone stays its council's.
/// </summary>
internal sealed class ShortenedNames
{
    private const int FewestDistinctiveWords = 2;

    private static readonly HashSet<string> s_joining = new(StringComparer.Ordinal) { "and", "of", "the", "for", "upon", "on", "in" };

    private static readonly HashSet<string> s_kindWords = new(StringComparer.Ordinal)
    {
        "council", "borough", "county", "city", "district", "metropolitan", "unitary", "hospitals", "hospital", "nhs",
        "foundation", "trust", "university", "police", "constabulary", "fire", "rescue", "service", "services", "authority",
        "ambulance", "icb", "integrated", "care", "board", "commissioner", "force", "combined",
    };

    private readonly Dictionary<string, Authority> _byKey;

    public ShortenedNames(IEnumerable<Authority> authorities)
    {
        var claims = new Dictionary<string, Authority?>(StringComparer.Ordinal);
        foreach (var authority in authorities)
        {
            foreach (var key in authority.Aliases.Prepend(authority.Name).SelectMany(Keys).Distinct(StringComparer.Ordinal))
            {
                // A shortening two authorities share names neither.
                claims[key] = claims.TryGetValue(key, out var other) && other != authority ? null : authority;
            }
        }

        _byKey = claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
    }

    public Authority? Find(IEnumerable<string> words)
    {
        var key = string.Join(' ', Distinctive(words));
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>The name without joining words, cut after each of its trailing kind words: "hereford worcester", "hereford worcester fire", ...</summary>
    private static IEnumerable<string> Keys(string name)
    {
        var words = Distinctive(name.Split([' ', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        var core = words.Count;
        while (core > 0 && s_kindWords.Contains(words[core - 1]))
        {
            core--;
        }

        if (core < FewestDistinctiveWords)
        {
            yield break;
        }

        for (var length = core; length <= words.Count; length++)
        {
            yield return string.Join(' ', words.Take(length));
        }
    }

    private static IEnumerable<string> Distinctive(IEnumerable<string> words) =>
        words
            .Select(w => w.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace("&", "and", StringComparison.Ordinal))
            .Where(w => w.Length > 0 && !s_joining.Contains(w));
}
