using System.Text.RegularExpressions;
using FoiBot.Core;
using Microsoft.Data.Sqlite;

namespace FoiBot.Bench;

/// <summary>
/// The standing peer: plain SQLite FTS5 with bm25 over the same passages (one row per question/answer pair), with
/// the porter tokenizer and an authority column for the same exact filter FoiBot applies.
/// </summary>
internal sealed partial class Fts5Peer : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Peer(string path)
    {
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("DROP TABLE IF EXISTS passages; CREATE VIRTUAL TABLE passages USING fts5(subject, question, answer, authority UNINDEXED, ref UNINDEXED, tokenize='porter unicode61');");
    }

    public void Add(IEnumerable<Disclosure> letters)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO passages(subject, question, answer, authority, ref) VALUES ($s, $q, $a, $au, $r)";
        var s = insert.Parameters.Add("$s", SqliteType.Text);
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var a = insert.Parameters.Add("$a", SqliteType.Text);
        var au = insert.Parameters.Add("$au", SqliteType.Text);
        var r = insert.Parameters.Add("$r", SqliteType.Text);
        foreach (var letter in letters)
        {
            foreach (var pair in letter.Pairs)
            {
                s.Value = letter.Subject ?? "";
                q.Value = pair.Question;
                a.Value = pair.Answer;
                au.Value = letter.Authority ?? "";
                r.Value = letter.Reference ?? "";
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();

        // Fold the write-ahead log into the database file so its size on disk is the whole index.
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>The best passages for the words of a question, any word matching (FTS5 alone would require all).</summary>
    public int Search(string question, string? authority, int limit)
    {
        var words = Word().Matches(question).Select(m => $"\"{m.Value}\"").ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = authority is null
            ? "SELECT ref FROM passages WHERE passages MATCH $m ORDER BY bm25(passages, 1.0, 2.0, 1.5) LIMIT $l"
            : "SELECT ref FROM passages WHERE passages MATCH $m AND authority = $au ORDER BY bm25(passages, 1.0, 2.0, 1.5) LIMIT $l";
        command.Parameters.AddWithValue("$m", string.Join(" OR ", words));
        command.Parameters.AddWithValue("$l", limit);
        if (authority is not null)
        {
            command.Parameters.AddWithValue("$au", authority);
        }

        var count = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            count++;
        }

        return count;
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
