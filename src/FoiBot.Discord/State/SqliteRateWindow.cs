using Microsoft.Data.Sqlite;

namespace FoiBot.Discord.State;

/// <summary>A sliding window of reservations in the SQLite file, taken inside one immediate transaction so processes count together.</summary>
internal static class SqliteRateWindow
{
    public static async Task<TimeSpan> TryReserveAsync(
        Func<CancellationToken, Task<SqliteConnection>> connect, string key, int limit, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connect(cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE: the count and the insert happen with the file's write lock held.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var pausedUntil = await ScalarAsync(connection, transaction, "SELECT until FROM pauses WHERE key = $k", cancellationToken, ("$k", key)).ConfigureAwait(false);
        if (pausedUntil is { } until && until > now.UtcTicks)
        {
            return TimeSpan.FromTicks(until - now.UtcTicks);
        }

        var since = (now - window).UtcTicks;
        await Execute(connection, transaction, "DELETE FROM reservations WHERE key = $k AND at <= $since", cancellationToken, ("$k", key), ("$since", since)).ConfigureAwait(false);
        var count = await ScalarAsync(connection, transaction, "SELECT count(*) FROM reservations WHERE key = $k", cancellationToken, ("$k", key)).ConfigureAwait(false) ?? 0;
        if (count >= limit)
        {
            var oldest = await ScalarAsync(connection, transaction, "SELECT min(at) FROM reservations WHERE key = $k", cancellationToken, ("$k", key)).ConfigureAwait(false) ?? now.UtcTicks;
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, oldest + window.Ticks - now.UtcTicks));
        }

        await Execute(connection, transaction, "INSERT INTO reservations (key, at) VALUES ($k, $at)", cancellationToken, ("$k", key), ("$at", now.UtcTicks)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return TimeSpan.Zero;
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteSql.Command(connection, sql, parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SqliteSql.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? value : null;
    }
}
