using System.Text.RegularExpressions;
using FoiBot.Core;
using FoiBot.Core.Authorities;

namespace FoiBot.Answering;

/// <summary>
/// Letters the parser could attribute to no authority are still someone's: when a question names an authority with no
/// attributed letters, a letter with none whose file name or text names that authority may answer it, said with a
/// caveat on how the letter was matched.
/// </summary>
internal static partial class UnattributedLetters
{
    /// <summary>How <paramref name="letter"/>, which has no authority, names <paramref name="authority"/>: "its file name", "its text", or null.</summary>
    public static string? HowItNames(Disclosure letter, Authority authority)
    {
        if (!string.IsNullOrWhiteSpace(letter.Authority))
        {
            return null;
        }

        var names = authority.Aliases.Append(authority.Name).Concat(authority.PlaceNames).Where(n => n.Length > 2).ToList();
        var file = Separators().Replace(Path.GetFileNameWithoutExtension(FileName(letter.Source)), " ");
        if (names.Any(n => HoldsWords(file, n, ignoreCase: true)))
        {
            return "its file name";
        }

        var text = string.Join("\n", letter.Pairs.Select(p => $"{p.Question}\n{p.Answer}").Prepend(letter.Subject ?? ""));

        // Place names count only as written in letters, capitalised; "Reading" is a town, "reading" is not.
        return authority.Aliases.Append(authority.Name).Any(n => HoldsWords(text, n, ignoreCase: true))
            || authority.PlaceNames.Any(n => HoldsWords(text, n, ignoreCase: false))
            ? "its text"
            : null;
    }

    private static bool HoldsWords(string text, string name, bool ignoreCase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])", ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    // A letter found inside another file is sourced as "path#part"; the file's name is before the '#'.
    private static string FileName(string source)
    {
        var path = source.Split('#')[0];
        return path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
    }

    [GeneratedRegex(@"[-_.+\s]+")]
    private static partial Regex Separators();
}
