namespace FoiBot.Discord.State;

/// <summary>The "State" section: where the bot keeps conversations, feedback, settings and shared rate limits.</summary>
public sealed record StateOptions
{
    public const string SectionName = "State";

    public const string DefaultFileName = "foibot-state.db";

    /// <summary>The SQLite file; default <see cref="DefaultFileName"/> in the folder that holds the index folder.</summary>
    public string SqlitePath { get; init; } = "";

    /// <summary>A StackExchange.Redis connection string ("127.0.0.1:6379,password=..."); set, it replaces SQLite. Secret.</summary>
    public string Redis { get; init; } = "";

    /// <summary>Put before every Redis key, so several bots can share one Redis.</summary>
    public string RedisKeyPrefix { get; init; } = "foibot:";

    /// <summary>
    /// REST requests a second that count toward Discord's global limit (50 per bot), shared by every process using
    /// this store; below 50 to leave headroom for clocks and requests in flight.
    /// </summary>
    public int GlobalRequestsPerSecond { get; init; } = 45;

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>The SQLite file for an index folder, as configured or beside it.</summary>
    public string SqliteFileFor(string indexPath) =>
        SqlitePath.Length > 0 ? SqlitePath : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexPath))) ?? ".", DefaultFileName);

    /// <summary>Throws <see cref="ArgumentException"/> naming the setting that cannot work.</summary>
    public void Validate()
    {
        if (GlobalRequestsPerSecond is < 1 or > 50)
        {
            throw new ArgumentException("GlobalRequestsPerSecond must be between 1 and Discord's 50.", nameof(GlobalRequestsPerSecond));
        }

        if (RedisKeyPrefix.Length > 64 || RedisKeyPrefix.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("RedisKeyPrefix must be at most 64 characters without spaces.", nameof(RedisKeyPrefix));
        }
    }

    /// <summary>Never prints the Redis connection string, which may hold a password.</summary>
    public override string ToString() =>
        $"StateOptions {{ SqlitePath = {SqlitePath}, Redis = {(UsesRedis ? "(redacted)" : "(unset)")}, RedisKeyPrefix = {RedisKeyPrefix}, GlobalRequestsPerSecond = {GlobalRequestsPerSecond} }}";
}
