using FoiBot.Core;
using FoiBot.Ingestion.Loading;
using FoiBot.Search;

namespace FoiBot.Indexing;

/// <summary>The letters already indexed beside the files an update reads: what <see cref="SiblingAuthorities"/> weighs them against.</summary>
internal static class IndexedSiblings
{
    /// <summary>The letters indexed from the files in <paramref name="folders"/> that <paramref name="include"/> keeps, with their files' paths, as last committed.</summary>
    public static List<(string Path, Disclosure Letter)> Read(LetterIndexWriter writer, IReadOnlySet<string> folders, Func<string, bool> include)
    {
        var letters = new List<(string Path, Disclosure Letter)>();
        if (folders.Count == 0)
        {
            return letters;
        }

        foreach (var stamp in writer.FileStamps())
        {
            if (!folders.Contains(SiblingAuthorities.FolderOf(stamp.Key)) || !include(stamp.Key) || writer.FindFile(stamp.Key) is not { } record)
            {
                continue;
            }

            foreach (var id in record.Letters)
            {
                if (writer.ReadLetter(id) is { } letter)
                {
                    letters.Add((stamp.Key, letter));
                }
            }
        }

        return letters;
    }
}
