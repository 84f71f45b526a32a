using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// The authorities the index holds letters from, with a question reader that knows them; rebuilt only when the
/// index shows a new view (after a refresh), so an engine kept for a host's lifetime sees letters added meanwhile.
/// </summary>
internal sealed class IndexedAuthorities(LetterIndex index, AuthorityCatalog catalog)
{
    private Snapshot? _current;

    public Snapshot Current
    {
        get
        {
            // The coverage list is one instance per index view, so comparing references detects a refresh cheaply.
            var coverage = index.Authorities;
            var current = Volatile.Read(ref _current);
            if (current is not null && ReferenceEquals(current.Coverage, coverage))
            {
                return current;
            }

            var names = coverage.Select(a => a.Authority).Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
            current = new Snapshot(coverage, names, new QuestionReader(catalog, names));
            Volatile.Write(ref _current, current);
            return current;
        }
    }

    internal sealed record Snapshot(IReadOnlyList<AuthorityCoverage> Coverage, HashSet<string> Names, QuestionReader Reader);
}
