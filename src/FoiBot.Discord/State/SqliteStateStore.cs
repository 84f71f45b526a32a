using FoiBot.Answering.Conversations;
using Microsoft.Data.Sqlite;

namespace FoiBot.Discord.State;

/// <summary>
/// The embedded store: one SQLite file, written in WAL mode so a second process (another shard, an interaction server,
/// `foibot feedback`) can read and write it at the same time. Each call opens a pooled connection and is one statement
/// or one immediate transaction, so processes never see each other's half-done work.
/// </summary>
internal sealed class SqliteStateStore : IBotStateStore
{
    private readonly string _connectionString;
    private readonly int _maxTurns;
    private readonly TimeSpan _idle;
    private readonly TimeProvider _time;

    private SqliteStateStore(string path, int maxTurns, TimeSpan idle, TimeProvider time)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        _maxTurns = maxTurns;
        _idle = idle;
        _time = time;
        Describe = $"sqlite ({path})";
    }

    public string Describe { get; }

    /// <summary>Opens the file, creating it and its tables when missing; once, at start-up, so synchronously.</summary>
    public static SqliteStateStore Open(string path, int maxTurns, TimeSpan idle, TimeProvider time)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var store = new SqliteStateStore(path, maxTurns, idle, time);
        using var connection = new SqliteConnection(store._connectionString);
        connection.Open();
        using var command = SqliteSql.Command(connection, SqliteSql.Schema);
        command.ExecuteNonQuery();
        return store;
    }

    public async Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is null || _maxTurns == 0)
        {
            return [];
        }

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var since = Ticks(_time.GetUtcNow() - _idle);
        var turns = await SqliteSql.QueryAsync(
            connection,
            "SELECT question, answer, standalone, authority, at FROM turns WHERE conversation = $c ORDER BY seq DESC LIMIT $n",
            r => (Turn: new ConversationTurn(r.GetString(0), r.GetString(1)) { Standalone = Text(r, 2), Authority = Text(r, 3) }, At: r.GetInt64(4)),
            cancellationToken,
            ("$c", conversationId),
            ("$n", _maxTurns)).ConfigureAwait(false);

        // A conversation left idle longer than the limit is forgotten, as in memory.
        return turns.Count == 0 || turns[0].At < since ? [] : turns.Select(t => t.Turn).Reverse().ToList();
    }

    public async Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (conversationId is null || _maxTurns == 0)
        {
            return;
        }

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(
            connection,
            """
            INSERT INTO turns (conversation, question, answer, standalone, authority, at) VALUES ($c, $q, $a, $s, $au, $at);
            DELETE FROM turns WHERE conversation = $c AND seq NOT IN (SELECT seq FROM turns WHERE conversation = $c ORDER BY seq DESC LIMIT $n);
            DELETE FROM turns WHERE at < $old;
            """,
            cancellationToken,
            ("$c", conversationId), ("$q", turn.Question), ("$a", turn.Answer), ("$s", turn.Standalone), ("$au", turn.Authority),
            ("$at", Ticks(_time.GetUtcNow())), ("$n", _maxTurns), ("$old", Ticks(_time.GetUtcNow() - _idle))).ConfigureAwait(false);
    }

    public async Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(
            connection,
            """
            INSERT OR REPLACE INTO answers (id, question, verdict, abstained, engine, refs, authority, guild, channel, at)
            VALUES ($id, $q, $v, $ab, $e, $r, $au, $g, $ch, $at)
            """,
            cancellationToken,
            ("$id", answer.AnswerId), ("$q", answer.Question), ("$v", answer.Verdict), ("$ab", answer.Abstained ? 1 : 0), ("$e", answer.Engine),
            ("$r", string.Join('\n', answer.References)), ("$au", answer.Authority), ("$g", answer.GuildId), ("$ch", answer.ChannelId),
            ("$at", Ticks(answer.AskedAt))).ConfigureAwait(false);
    }

    public async Task<AnswerRecord?> FindAnswerAsync(string answerId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var found = await SqliteSql.QueryAsync(connection, SqliteSql.SelectAnswers + " WHERE id = $id", SqliteSql.ReadAnswer, cancellationToken, ("$id", answerId)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task RecordVoteAsync(FeedbackVote vote, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(
            connection,
            """
            INSERT INTO votes (answer, user, helpful, reason, at) VALUES ($a, $u, $h, $r, $at)
            ON CONFLICT (answer, user) DO UPDATE SET
              reason = CASE WHEN excluded.reason IS NOT NULL THEN excluded.reason WHEN excluded.helpful = votes.helpful THEN votes.reason END,
              helpful = excluded.helpful, at = excluded.at
            """,
            cancellationToken,
            ("$a", vote.AnswerId), ("$u", vote.UserId), ("$h", vote.Helpful ? 1 : 0), ("$r", vote.Reason), ("$at", Ticks(vote.At))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var answers = await SqliteSql.QueryAsync(connection, SqliteSql.SelectAnswers + " ORDER BY at, id", SqliteSql.ReadAnswer, cancellationToken).ConfigureAwait(false);
        var votes = await SqliteSql.QueryAsync(
            connection,
            "SELECT answer, user, helpful, reason, at FROM votes ORDER BY at",
            r => new FeedbackVote(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, Text(r, 3), SqliteSql.Time(r.GetInt64(4))),
            cancellationToken).ConfigureAwait(false);
        var byAnswer = votes.ToLookup(v => v.AnswerId, StringComparer.Ordinal);
        return answers.Select(a => new FeedbackEntry(a, byAnswer[a.AnswerId].ToList())).ToList();
    }

    public async Task<string?> GetSettingAsync(string scope, string name, CancellationToken cancellationToken) =>
        (await GetSettingsAsync(scope, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(name);

    public async Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(string scope, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var rows = await SqliteSql.QueryAsync(connection, "SELECT name, value FROM settings WHERE scope = $s", r => (r.GetString(0), r.GetString(1)), cancellationToken, ("$s", scope)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    public async Task SetSettingAsync(string scope, string name, string? value, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var sql = value is null
            ? "DELETE FROM settings WHERE scope = $s AND name = $n"
            : "INSERT INTO settings (scope, name, value) VALUES ($s, $n, $v) ON CONFLICT (scope, name) DO UPDATE SET value = excluded.value";
        await SqliteSql.ExecuteAsync(connection, sql, cancellationToken, ("$s", scope), ("$n", name), ("$v", value)).ConfigureAwait(false);
    }

    public Task<TimeSpan> TryReserveAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken) =>
        SqliteRateWindow.TryReserveAsync(ConnectAsync, key, limit, window, _time.GetUtcNow(), cancellationToken);

    public async Task PauseAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(
            connection,
            "INSERT INTO pauses (key, until) VALUES ($k, $u) ON CONFLICT (key) DO UPDATE SET until = max(until, excluded.until)",
            cancellationToken,
            ("$k", key), ("$u", Ticks(_time.GetUtcNow() + wait))).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; clearing them lets a test delete its folder.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await SqliteSql.ExecuteAsync(connection, "PRAGMA busy_timeout = 10000;", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static long Ticks(DateTimeOffset at) => at.UtcTicks;

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
