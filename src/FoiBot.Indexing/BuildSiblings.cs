using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>
/// <see cref="SiblingAuthorities"/> for a full build, which streams letters into the index and keeps none: as they go
/// by it notes each folder's votes and the files of letters with no authority of their own, and once the last has gone
/// by it reads those files again, in folders that agree, to write their letters again with the folder's authority.
/// Memory follows the files noted, not the letters; the extra reading, the letters that gain an authority.
/// </summary>
internal sealed class BuildSiblings
{
    private readonly Dictionary<string, List<string>> _votes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CorpusFile File, HashSet<string> Letters)> _waiting = new(StringComparer.Ordinal);

    public void Add(LoadedLetter letter)
    {
        var folder = SiblingAuthorities.FolderOf(letter.File.FullPath);
        if (SiblingAuthorities.Votes(letter.Disclosure))
        {
            if (!_votes.TryGetValue(folder, out var votes))
            {
                _votes[folder] = votes = [];
            }

            votes.Add(letter.Disclosure.Authority!);
        }
        else if (_waiting.TryGetValue(letter.File.FullPath, out var waiting))
        {
            waiting.Letters.Add(letter.ContentHash);
        }
        else
        {
            _waiting[letter.File.FullPath] = (letter.File, new HashSet<string>(StringComparer.Ordinal) { letter.ContentHash });
        }
    }

    /// <summary>Enumerated after the last letter: the waiting letters, in folders that agree, with their folder's authority.</summary>
    /// <param name="read">Reads and parses files again, as the build did.</param>
    public IEnumerable<IndexedLetter> Replacements(Func<IReadOnlyList<CorpusFile>, IReadOnlyList<LoadedLetter>> read)
    {
        var consensus = _votes.ToDictionary(p => p.Key, p => SiblingAuthorities.Consensus(p.Value), StringComparer.Ordinal);
        var files = _waiting.Values
            .Select(w => w.File)
            .Where(f => consensus.GetValueOrDefault(SiblingAuthorities.FolderOf(f.FullPath)) is not null)
            .OrderBy(f => f.FullPath, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            yield break;
        }

        // Only the letters the build took from these files: one it took from another file keeps that file's folder.
        foreach (var letter in read(files).Where(l => _waiting[l.File.FullPath].Letters.Contains(l.ContentHash)))
        {
            yield return new IndexedLetter(letter.ContentHash, SiblingAuthorities.Apply(letter.Disclosure, consensus[SiblingAuthorities.FolderOf(letter.File.FullPath)]));
        }
    }
}
