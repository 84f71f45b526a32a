using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Indexing;

/// <summary>Writes and reads the provenance document of one corpus file.</summary>
/// <remarks>
/// Held in doc values, not stored fields: an update reads every file's record, and stored fields would
/// decompress whole blocks of letters to get at them (seconds for 100,000 files rather than milliseconds).
/// </remarks>
internal static class FileDocuments
{
    /// <summary>Joins LetterIds, which are hex content hashes and so never hold it.</summary>
    private const char Separator = '\n';

    public static Document Create(IndexedFile file)
    {
        Document document =
        [
            new StringField(Kind, FileKind, Field.Store.NO),
            new StringField(Owner, FileOwner(file.Key), Field.Store.NO),
            new BinaryDocValuesField(FileKey, new BytesRef(file.Key)),
            new NumericDocValuesField(FileLength, file.Length),
            new NumericDocValuesField(FileTicks, file.LastWriteTicks),
            new BinaryDocValuesField(FileLetter, new BytesRef(string.Join(Separator, file.Letters))),
            new BinaryDocValuesField(FileDuplicate, new BytesRef(string.Join(Separator, file.Duplicates))),
        ];
        foreach (var id in file.Letters)
        {
            document.Add(new StringField(FileHolds, id, Field.Store.NO));
        }

        foreach (var id in file.Duplicates)
        {
            document.Add(new StringField(FileHoldsCopy, id, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Every live file record.</summary>
    public static IReadOnlyList<IndexedFile> ReadAll(IndexReader reader) => Read(reader, new Term(Kind, FileKind));

    /// <summary>The live file records holding <paramref name="term"/> (a <see cref="Kind"/>, <see cref="Owner"/>, <see cref="FileHolds"/> or <see cref="FileHoldsCopy"/> term).</summary>
    public static IReadOnlyList<IndexedFile> Read(IndexReader reader, Term term) =>
        Read(reader, term, static (columns, doc, bytes) => new IndexedFile(
            Text(columns.Keys, doc, bytes),
            columns.Lengths.Get(doc),
            columns.Ticks.Get(doc),
            Ids(Text(columns.Letters, doc, bytes)),
            Ids(Text(columns.Duplicates, doc, bytes))));

    /// <summary>Every live file's name, length and time only: what an update compares with the corpus, without decoding the letter lists.</summary>
    public static IReadOnlyList<IndexedFileStamp> ReadStamps(IndexReader reader) =>
        Read(reader, new Term(Kind, FileKind), static (columns, doc, bytes) => new IndexedFileStamp(
            Text(columns.Keys, doc, bytes),
            columns.Lengths.Get(doc),
            columns.Ticks.Get(doc)));

    private static List<T> Read<T>(IndexReader reader, Term term, Func<Columns, int, BytesRef, T> read)
    {
        var files = new List<T>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var docs = atomic.GetTermDocsEnum(term);
            if (docs is null || Columns.Of(atomic) is not { } columns)
            {
                // No such term here, or it is on letters or passages of a segment that holds no file record.
                continue;
            }

            var bytes = new BytesRef();
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (atomic.LiveDocs is { } live && !live.Get(doc))
                {
                    continue;
                }

                files.Add(read(columns, doc, bytes));
            }
        }

        return files;
    }

    private static string Text(BinaryDocValues values, int doc, BytesRef bytes)
    {
        values.Get(doc, bytes);
        return Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    private static string[] Ids(string joined) => joined.Length == 0 ? [] : joined.Split(Separator);

    /// <summary>One segment's file-record doc values.</summary>
    private sealed record Columns(BinaryDocValues Keys, NumericDocValues Lengths, NumericDocValues Ticks, BinaryDocValues Letters, BinaryDocValues Duplicates)
    {
        public static Columns? Of(AtomicReader atomic) =>
            atomic.GetBinaryDocValues(FileKey) is { } keys
            && atomic.GetNumericDocValues(FileLength) is { } lengths
            && atomic.GetNumericDocValues(FileTicks) is { } ticks
            && atomic.GetBinaryDocValues(FileLetter) is { } letters
            && atomic.GetBinaryDocValues(FileDuplicate) is { } duplicates
                ? new Columns(keys, lengths, ticks, letters, duplicates)
                : null;
    }
}
