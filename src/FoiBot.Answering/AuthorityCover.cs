using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// Whether the index holds letters from the authorities a question names. The LLM engine asks before it retrieves:
/// a question about a council with no letters attributed to it here goes to the extractive engine, which declines
/// it (or, where unattributed letters name the council, answers with a caveat saying how they were matched), so no
/// engine answers it from other councils' letters.
/// </summary>
public sealed class AuthorityCover(LetterIndex index, AuthorityCatalog catalog)
{
    private readonly IndexedAuthorities _indexed = new(index, catalog);

    /// <summary>
    /// "I have no letters from X." when the question (or <paramref name="authority"/>, chosen outside it) names only
    /// authorities with no letters here, or a name FoiBot does not know; null when it names none or one with letters.
    /// </summary>
    public string? NoLetters(string question, string? authority = null)
    {
        var (_, names, reader) = _indexed.Current;
        var parsed = reader.Read(question);
        if (!string.IsNullOrWhiteSpace(authority))
        {
            parsed = reader.WithAuthority(parsed, authority);
        }

        if (parsed.UnknownAuthority is { } unknown)
        {
            return $"I have no letters from {unknown}.";
        }

        var missing = parsed.Authorities.Where(a => !names.Contains(a)).ToList();
        return missing.Count > 0 && missing.Count == parsed.Authorities.Count ? $"I have no letters from {string.Join(" or ", missing)}." : null;
    }
}
