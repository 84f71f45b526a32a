using Microsoft.Data.Sqlite;

namespace FoiBot.Discord.State;

/// <summary>The store's schema and the few ADO.NET steps every call repeats.</summary>
internal static class SqliteSql
{
    public const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS turns (
          seq INTEGER PRIMARY KEY AUTOINCREMENT, conversation TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
          standalone TEXT, authority TEXT, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns (conversation, seq);
        CREATE TABLE IF NOT EXISTS answers (
          id TEXT PRIMARY KEY, question TEXT NOT NULL, verdict TEXT NOT NULL, abstained INTEGER NOT NULL, engine TEXT NOT NULL,
          refs TEXT NOT NULL, authority TEXT, guild TEXT, channel TEXT, at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS votes (
          answer TEXT NOT NULL, user TEXT NOT NULL, helpful INTEGER NOT NULL, reason TEXT, at INTEGER NOT NULL, PRIMARY KEY (answer, user));
        CREATE TABLE IF NOT EXISTS settings (scope TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scope, name));
        CREATE TABLE IF NOT EXISTS reservations (key TEXT NOT NULL, at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS reservations_by_key ON reservations (key, at);
        CREATE TABLE IF NOT EXISTS pauses (key TEXT PRIMARY KEY, until INTEGER NOT NULL);
        """;

    public const string SelectAnswers = "SELECT id, question, verdict, abstained, engine, refs, authority, guild, channel, at FROM answers";

    public static AnswerRecord ReadAnswer(SqliteDataReader r) => new()
    {
        AnswerId = r.GetString(0),
        Question = r.GetString(1),
        Verdict = r.GetString(2),
        Abstained = r.GetInt64(3) != 0,
        Engine = r.GetString(4),
        References = r.GetString(5).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        Authority = r.IsDBNull(6) ? null : r.GetString(6),
        GuildId = r.IsDBNull(7) ? null : r.GetString(7),
        ChannelId = r.IsDBNull(8) ? null : r.GetString(8),
        AskedAt = Time(r.GetInt64(9)),
    };

    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<List<T>> QueryAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
