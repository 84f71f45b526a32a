using System.Text.RegularExpressions;
using FoiBot.Core;
using FoiBot.Core.Authorities;

namespace FoiBot.Answering;

/// <summary>
/// Letters the parser could attribute to no authority, or to another body named in them, are still someone's: when a
/// question names an authority with no attributed letters, a letter whose file name names it, or one with no authority
/// whose text names it, may answer, said with a caveat on how the letter was matched.
/// </summary>
internal static partial class UnattributedLetters
{
    /// <summary>
    /// How <paramref name="letter"/> names <paramref name="authority"/>: "its file name" (the name the user saved it
    /// under, which counts whatever authority the parser read), "its text" (for a letter with no authority), or null.
    /// </summary>
    public static string? HowItNames(Disclosure letter, Authority authority)
    {
        var names = authority.Aliases.Append(authority.Name).Concat(authority.PlaceNames).Where(n => n.Length > 2).ToList();
        var file = Separators().Replace(Path.GetFileNameWithoutExtension(FileName(letter.Source)), " ");
        if (names.Any(n => HoldsWords(file, n, ignoreCase: true)) || StartsWithStem(file, authority.Name))
        {
            return "its file name";
        }

        if (!string.IsNullOrWhiteSpace(letter.Authority))
        {
            return null;
        }

        var text = string.Join("\n", letter.Passages().Select(p => $"{p.Question}\n{p.Answer}").Prepend(letter.Subject ?? ""));

        // Place names count only as written in letters, capitalised; "Reading" is a town, "reading" is not.
        return authority.Aliases.Append(authority.Name).Any(n => HoldsWords(text, n, ignoreCase: true))
            || authority.PlaceNames.Any(n => HoldsWords(text, n, ignoreCase: false))
            ? "its text"
            : null;
    }

    /// <summary>
    /// "eden-05222.txt" for Eden District Council: a file name opening with the authority's name less the words that
    /// say what kind of body it is, as people save letters, even where the catalog keeps that name from standing alone.
    /// </summary>
    private static bool StartsWithStem(string file, string name)
    {
        var stem = string.Join(' ', KindWords().Replace(name, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return stem.Length > 2 && file.StartsWith(stem + " ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HoldsWords(string text, string name, bool ignoreCase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])", ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    // A letter found inside another file is sourced as "path#part"; the file's name is before the '#'.
    private static string FileName(string source)
    {
        var path = source.Split('#')[0];
        return path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
    }

    [GeneratedRegex(@"\b(?:London Borough of|Royal Borough of|District|Borough|City|County|Metropolitan|Council|Unitary|NHS|Foundation|Trust|Services?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindWords();

    [GeneratedRegex(@"[-_.+\s]+")]
    private static partial Regex Separators();
}
