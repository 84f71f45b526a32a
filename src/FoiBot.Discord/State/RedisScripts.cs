namespace FoiBot.Discord.State;

/// <summary>Lua run inside Redis, so a check and its update cannot be split by another process; times are Redis's TIME in ms.</summary>
internal static class RedisScripts
{
    /// <summary>KEYS: window, pause. ARGV: window ms, limit, a unique member. Returns 0 when a place was taken, else ms to wait.</summary>
    public const string Reserve = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local window = tonumber(ARGV[1])
        local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
        if paused > now then return paused - now end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
          redis.call('ZADD', KEYS[1], now, ARGV[3])
          redis.call('PEXPIRE', KEYS[1], window)
          return 0
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return math.max(1, tonumber(oldest[2]) + window - now)
        """;

    /// <summary>KEYS: pause. ARGV: ms to pause. Extends a pause, never shortens one.</summary>
    public const string Pause = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local untilMs = now + tonumber(ARGV[1])
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if untilMs > current then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1])) end
        return 0
        """;
}
