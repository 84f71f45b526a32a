using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>The letters already indexed beside the files an update reads: what <see cref="SiblingAuthorities"/> weighs them against.</summary>
internal static class IndexedSiblings
{
    /// <summary>
    /// The authority of each letter indexed from a file in <paramref name="folders"/> that <paramref name="include"/>
    /// keeps, as last committed; read from the index's columns, not its stored letters, so a folder of thousands costs
    /// milliseconds.
    /// </summary>
    public static List<FiledAuthority> Read(LetterIndexWriter writer, IReadOnlySet<string> folders, Func<string, bool> include)
    {
        if (folders.Count == 0)
        {
            return [];
        }

        var files = writer.Files().Where(f => folders.Contains(SiblingAuthorities.FolderOf(f.Key)) && include(f.Key)).ToList();
        var authorities = writer.AuthoritiesOf([.. files.SelectMany(f => f.Letters)]);
        return [.. files.SelectMany(f => f.Letters
            .Where(authorities.ContainsKey)
            .Select(id => new FiledAuthority(f.Key, authorities[id].Authority, authorities[id].Source)))];
    }
}
