using System.Text.RegularExpressions;
using FoiBot.Core;
using Microsoft.Data.Sqlite;

namespace FoiBot.Evaluation;

/// <summary>
/// The standing peer: plain SQLite FTS5 with bm25 over the same passages (one row per question/answer pair), with
/// the porter tokenizer. The authority's name is searchable text, as a plain search box would have it, and can also
/// be used as the same exact filter FoiBot applies.
/// </summary>
public sealed partial class Fts5Peer : IDisposable
{
    private readonly SqliteConnection _connection;

    /// <param name="create">True to start an empty table (dropping any there); false to search one an earlier run built.</param>
    public Fts5Peer(string path, bool create = true)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        if (create)
        {
            Execute("DROP TABLE IF EXISTS passages; CREATE VIRTUAL TABLE passages USING fts5(subject, question, answer, authority, ref UNINDEXED, letter UNINDEXED, tokenize='porter unicode61');");
        }
    }

    public void Add(IEnumerable<Disclosure> letters)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO passages(subject, question, answer, authority, ref, letter) VALUES ($s, $q, $a, $au, $r, $l)";
        var s = insert.Parameters.Add("$s", SqliteType.Text);
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var a = insert.Parameters.Add("$a", SqliteType.Text);
        var au = insert.Parameters.Add("$au", SqliteType.Text);
        var r = insert.Parameters.Add("$r", SqliteType.Text);
        var l = insert.Parameters.Add("$l", SqliteType.Text);
        foreach (var letter in letters)
        {
            foreach (var pair in letter.Pairs)
            {
                s.Value = letter.Subject ?? "";
                q.Value = pair.Question;
                a.Value = pair.Answer;
                au.Value = letter.Authority ?? "";
                r.Value = letter.Reference ?? "";
                l.Value = letter.Source;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();

        // Fold the write-ahead log into the database file so its size on disk is the whole index.
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>How many of the best passages for the question's words were read; the latency benchmark's unit of work.</summary>
    public int Search(string question, string? authority, int limit) => Query(question, authority, limit).Count;

    /// <summary>The letters (by source path) whose passages best match the question's words, best first.</summary>
    public IReadOnlyList<string> RankLetters(string question, string? authority, int letters)
    {
        // Several passages can come from one letter, so read more passages than letters wanted.
        return Query(question, authority, letters * 8).Distinct(StringComparer.Ordinal).Take(letters).ToList();
    }

    /// <summary>The references of the letters whose passages best match the question's words, best first.</summary>
    public IReadOnlyList<string> RankReferences(string question, int letters) =>
        Query(question, null, letters * 8, column: "ref").Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(letters).ToList();

    /// <summary>The answer text of the best passage for the question's words, as a search box would show it first; null when none matches.</summary>
    public string? BestAnswer(string question, string? authority = null) => Query(question, authority, 1, column: "answer").FirstOrDefault();

    /// <summary>The letters of the best passages for the words of a question, any word matching (FTS5 alone would require all).</summary>
    private List<string> Query(string question, string? authority, int limit, string column = "letter")
    {
        var words = Word().Matches(question).Select(m => $"\"{m.Value}\"").ToList();
        if (words.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText = authority is null
            ? $"SELECT {column} FROM passages WHERE passages MATCH $m ORDER BY bm25(passages, 1.0, 2.0, 1.5, 1.0) LIMIT $l"
            : $"SELECT {column} FROM passages WHERE passages MATCH $m AND authority = $au ORDER BY bm25(passages, 1.0, 2.0, 1.5, 1.0) LIMIT $l";
        command.Parameters.AddWithValue("$m", string.Join(" OR ", words));
        command.Parameters.AddWithValue("$l", limit);
        if (authority is not null)
        {
            command.Parameters.AddWithValue("$au", authority);
        }

        var letters = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            letters.Add(reader.GetString(0));
        }

        return letters;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex Word();
}
