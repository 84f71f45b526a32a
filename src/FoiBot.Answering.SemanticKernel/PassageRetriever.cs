using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// FoiBot's own retrieval for the model: the best passages for the question, from each authority it names in turn
/// so a question about two councils hears from both, at most two passages a letter so several letters get a say.
/// </summary>
internal sealed class PassageRetriever(LetterIndex index, AuthorityCatalog catalog, int maxPassages)
{
    private const int PerLetter = 2;

    private readonly HashSet<string> _indexed = index.Authorities.Select(a => a.Authority).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="question">The question, whole (a follow-up is resolved before it gets here).</param>
    /// <param name="authority">An authority chosen outside the question; it wins over any the question names.</param>
    public IReadOnlyList<PassageHit> Retrieve(string question, string? authority)
    {
        var topic = question;
        var authorities = string.IsNullOrWhiteSpace(authority) ? NamedAuthorities(question) : [authority];
        IEnumerable<string?> filters = authorities.Count == 0 ? [null] : authorities.Cast<string?>();
        var perAuthority = filters
            .Select(a => index.Search(new PassageQuery { Text = topic, Authority = a, Limit = maxPassages * 4 }))
            .Select(hits => hits.GroupBy(h => h.LetterId).SelectMany(g => g.Take(PerLetter)).ToList())
            .ToList();
        return Interleave(perAuthority).Take(maxPassages).ToList();
    }

    /// <summary>Authorities the question names that have letters here, in the order named.</summary>
    private IReadOnlyList<string> NamedAuthorities(string text) =>
        catalog.FindMentions(text)
            .Select(m => m.Authority.Name)
            .Where(_indexed.Contains)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static IEnumerable<PassageHit> Interleave(List<List<PassageHit>> lists)
    {
        for (var i = 0; lists.Any(l => i < l.Count); i++)
        {
            foreach (var list in lists.Where(l => i < l.Count))
            {
                yield return list[i];
            }
        }
    }
}
