using FoiBot.Core;
using FoiBot.Core.Authorities;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The authority a letter's file or folder name gives, as users save letters: "leeds-foi-12345.txt",
/// "west_midlands_police/taser.txt", "Essex Fire - response.pdf". The longest run of leading words that the catalog
/// knows wins; a place followed by a body word ("essex-fire-...") names that place's body of that kind, never the
/// council; the file's own name is tried before the folders, nearest folder first.
/// </summary>
internal static class FileNameAuthority
{
    private const int LongestName = 10;

    private static readonly HashSet<string> s_localKinds = new(StringComparer.OrdinalIgnoreCase) { "parish", "town", "community" };

    private const int LongestUnlisted = 6;

    /// <summary>The last word of a body's name that says what kind of body it is: agencies, museums, companies, regulators.</summary>
    private static readonly HashSet<string> s_bodyKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "museum", "museums", "gallery", "library", "group", "hospitals", "limited", "ltd", "plc", "commission", "commissioner",
        "authority", "board", "executive", "inspectorate", "ombudsman", "institute", "corporation", "service", "trust",
    };

    /// <summary>First words of file names that say what the file is, not who wrote it.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "foi", "foia", "eir", "request", "response", "reply", "letter", "our", "your", "re", "disclosure", "information", "internal", "review",
    };

    private static readonly HashSet<string> s_joiningWords = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "upon", "on", "in", "for", "under" };

    /// <param name="path">The file's path below, and including, its corpus folder, with '/' separators.</param>
    public static (Authority Authority, AuthoritySource Source)? Find(AuthorityCatalog catalog, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        if (FromWords(catalog, Words(Path.GetFileNameWithoutExtension(parts[^1]))) is { } fromFile)
        {
            return (fromFile, AuthoritySource.FileName);
        }

        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (FromWords(catalog, Words(parts[i])) is { } fromFolder)
            {
                return (fromFolder, AuthoritySource.FolderName);
            }
        }

        return null;
    }

    /// <summary>
    /// A parish, town or community council the file is named after ("witherley-parish-council-minutes.txt"): the
    /// catalog cannot list England's ten thousand of them, so the name is kept as the file gives it.
    /// </summary>
    public static string? LocalCouncil(string path)
    {
        var words = Words(Path.GetFileNameWithoutExtension(path.Split('/')[^1]));
        for (var i = 1; i + 1 < words.Count && i <= 4; i++)
        {
            if (s_localKinds.Contains(words[i]) && words[i + 1].Equals("council", StringComparison.OrdinalIgnoreCase))
            {
                return TitleCase(words.Take(i + 2));
            }
        }

        return null;
    }

    /// <summary>
    /// A body the catalog does not list, named at the start of the file name up to the word that says what kind of body
    /// it is ("driving-standards-agency-ia0013013.txt", "science-museum-group-locomotion.txt", "post-office-limited-foi2023.txt"):
    /// kept as the file names it, the longest such run of at most <see cref="LongestUnlisted"/> words.
    /// </summary>
    public static string? UnlistedBody(string path)
    {
        var words = Words(Path.GetFileNameWithoutExtension(path.Split('/')[^1]));
        if (words.Count < 3 || s_notNames.Contains(words[0]) || s_joiningWords.Contains(words[0]))
        {
            return null;
        }

        for (var n = Math.Min(words.Count - 1, LongestUnlisted); n >= 2; n--)
        {
            if (s_bodyKinds.Contains(words[n - 1]) && words.Take(n).All(w => w.All(char.IsLetter)))
            {
                return TitleCase(words.Take(n));
            }
        }

        return null;
    }

    internal static Authority? FromWords(AuthorityCatalog catalog, IReadOnlyList<string> words)
    {
        for (var n = Math.Min(words.Count, LongestName); n >= 1; n--)
        {
            var phrase = TitleCase(words.Take(n));
            var found = catalog.Resolve(phrase);

            // "essex-fire", "leeds-hospitals", "cheshire-fire": the place's body of that kind, never the council.
            if (n < words.Count && BodyWords.KindOf(words[n]) is { } kind && (found is null || AuthorityKinds.IsCouncil(found.Kind)))
            {
                if (catalog.FindOfKind(phrase, kind, words[n]) is { } body)
                {
                    return body;
                }

                if (found is not null)
                {
                    return null;
                }

                continue;
            }

            // "sepa-f0186784", "dvla-foir4947": a slug is lower case, so a one-word acronym is read as the catalog writes it.
            if (found is null && n == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(char.IsAsciiLetterLower))
            {
                found = catalog.Resolve(words[0].ToUpperInvariant());
            }

            // "basildon-and-thurrock-hospitals": a place joined to the next by "and" starts a longer name, not the place's council.
            if (found is not null && n + 1 < words.Count && words[n].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found is not null)
            {
                return found;
            }

            // "ashford-st-peters-foi-6768": a longer name shortened, before its first word alone names a council.
            if (n >= 2 && catalog.ResolveShortened(words.Take(n)) is { } shortened)
            {
                return shortened;
            }
        }

        return null;
    }

    /// <summary>The words of a file or folder name: '-', '_', '.', '+' and spaces separate them, "&amp;" is "and".</summary>
    internal static List<string> Words(string name) =>
        [.. name.Replace("&", " and ", StringComparison.Ordinal)
            .Split([' ', '-', '_', '.', '+', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Place names match only capitalised, as written in letters; joining words stay lower case.</summary>
    private static string TitleCase(IEnumerable<string> words) =>
        string.Join(' ', words.Select((w, i) => i > 0 && s_joiningWords.Contains(w)
            ? w.ToLowerInvariant()
            : w.Length > 0 && char.IsLetter(w[0]) ? char.ToUpperInvariant(w[0]) + (w.Length > 1 && w.Skip(1).All(char.IsUpper) && w.Length <= 4 ? w[1..] : w[1..].ToLowerInvariant()) : w));
}
