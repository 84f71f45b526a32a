using System.Text;
using FoiBot.Core.Authorities;

namespace FoiBot.Evaluation;

/// <summary>
/// An authority's name in the form two spellings of it compare equal in: lower case, "&amp;" read as "and", a leading
/// "The" dropped, apostrophes dropped ("King's" = "Kings"), other punctuation read as a space, spaces collapsed.
/// </summary>
public static class AuthorityNames
{
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (c == '&')
            {
                text.Append(" and ");
            }
            else
            {
                text.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Length > 1 && words[0] == "the" ? words[1..] : words);
    }

    /// <summary>
    /// The same body: equal when normalised, or when the catalog resolves both to one authority (a hand record's
    /// "Bury Council" is the catalog's "Bury Metropolitan Borough Council").
    /// </summary>
    public static bool Same(string a, string b) =>
        Normalise(a) == Normalise(b)
        || (AuthorityCatalog.Default.ResolveLoosely(a)?.Authority is { } first && first == AuthorityCatalog.Default.ResolveLoosely(b)?.Authority);
}
