namespace FoiBot.Discord.State;

/// <summary>Sliding-window limits that every process sharing the store counts against together (Discord's global REST limit, Identify).</summary>
internal interface ISharedRateLimit
{
    /// <summary>Takes one of <paramref name="limit"/> places per <paramref name="window"/> under <paramref name="key"/>: zero when taken, else how long to wait before asking again.</summary>
    Task<TimeSpan> TryReserveAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Stops every reservation under <paramref name="key"/> for <paramref name="wait"/> (a global 429 seen by any process).</summary>
    Task PauseAsync(string key, TimeSpan wait, CancellationToken cancellationToken);
}
