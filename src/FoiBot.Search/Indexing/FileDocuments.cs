using Lucene.Net.Documents;
using Lucene.Net.Index;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Indexing;

/// <summary>Writes and reads the provenance document of one corpus file.</summary>
internal static class FileDocuments
{
    private static readonly HashSet<string> s_fields = [FileKey, FileLength, FileTicks, FileLetter, FileDuplicate];

    public static Document Create(IndexedFile file)
    {
        var document = new Document
        {
            new StringField(Kind, FileKind, Field.Store.NO),
            new StringField(Owner, FileOwner(file.Key), Field.Store.NO),
            new StringField(FileKey, file.Key, Field.Store.YES),
            new StoredField(FileLength, file.Length),
            new StoredField(FileTicks, file.LastWriteTicks),
        };
        foreach (var letter in file.Letters)
        {
            document.Add(new StringField(FileLetter, letter, Field.Store.YES));
        }

        foreach (var letter in file.Duplicates)
        {
            document.Add(new StringField(FileDuplicate, letter, Field.Store.YES));
        }

        return document;
    }

    public static IReadOnlyList<IndexedFile> ReadAll(IndexReader reader)
    {
        var files = new List<IndexedFile>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var docs = atomic.GetTermDocsEnum(new Term(Kind, FileKind));
            if (docs is null)
            {
                continue;
            }

            // Stored fields of a few hundred bytes each: about a second for a million files, paid only by an update.
            for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (atomic.LiveDocs is { } live && !live.Get(doc))
                {
                    continue;
                }

                var document = atomic.Document(doc, s_fields);
                files.Add(new IndexedFile(
                    document.Get(FileKey),
                    document.GetField(FileLength).GetInt64Value()!.Value,
                    document.GetField(FileTicks).GetInt64Value()!.Value,
                    document.GetValues(FileLetter),
                    document.GetValues(FileDuplicate)));
            }
        }

        return files;
    }
}
