using System.Text.Json;
using FoiBot.Answering.Conversations;
using StackExchange.Redis;

namespace FoiBot.Discord.State;

/// <summary>
/// The shared store: one Redis that every shard process and interaction server points at. Conversations are capped
/// lists that expire when idle; answers and votes are hashes; rate windows are sorted sets kept by one Lua script,
/// on Redis's own clock, so processes on different machines count against the same window.
/// </summary>
internal sealed class RedisStateStore : IBotStateStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly ConnectionMultiplexer _redis;
    private readonly IDatabase _db;
    private readonly string _prefix;
    private readonly int _maxTurns;
    private readonly TimeSpan _idle;

    private RedisStateStore(ConnectionMultiplexer redis, string prefix, int maxTurns, TimeSpan idle)
    {
        _redis = redis;
        _db = redis.GetDatabase();
        _prefix = prefix;
        _maxTurns = maxTurns;
        _idle = idle;
    }

    public string Describe => "redis";

    /// <summary>Connects once, at start-up, so synchronously.</summary>
    public static RedisStateStore Connect(string connectionString, string prefix, int maxTurns, TimeSpan idle) =>
        new(ConnectionMultiplexer.Connect(connectionString), prefix, maxTurns, idle);

    public async Task<IReadOnlyList<ConversationTurn>> RecallAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is null || _maxTurns == 0)
        {
            return [];
        }

        var items = await _db.ListRangeAsync(Key("turns:", conversationId)).ConfigureAwait(false);
        return items.Select(i => JsonSerializer.Deserialize<ConversationTurn>(i.ToString(), s_json)!).ToList();
    }

    public async Task RememberAsync(string? conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (conversationId is null || _maxTurns == 0)
        {
            return;
        }

        var key = Key("turns:", conversationId);
        var batch = _db.CreateTransaction();
        _ = batch.ListRightPushAsync(key, JsonSerializer.Serialize(turn, s_json));
        _ = batch.ListTrimAsync(key, -_maxTurns, -1);
        _ = batch.KeyExpireAsync(key, _idle);
        await batch.ExecuteAsync().ConfigureAwait(false);
    }

    public async Task RecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken)
    {
        var batch = _db.CreateTransaction();
        _ = batch.HashSetAsync(Key("answers"), answer.AnswerId, JsonSerializer.Serialize(answer, s_json));
        _ = batch.SortedSetAddAsync(Key("answers:by-time"), answer.AnswerId, answer.AskedAt.ToUnixTimeMilliseconds());
        await batch.ExecuteAsync().ConfigureAwait(false);
    }

    public async Task<AnswerRecord?> FindAnswerAsync(string answerId, CancellationToken cancellationToken)
    {
        var value = await _db.HashGetAsync(Key("answers"), answerId).ConfigureAwait(false);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<AnswerRecord>(value.ToString(), s_json);
    }

    public async Task RecordVoteAsync(FeedbackVote vote, CancellationToken cancellationToken)
    {
        // The reason kept from an earlier vote follows the store's rule: a vote without one keeps the old one when the verdict is the same.
        var key = Key("votes:", vote.AnswerId);
        var earlier = await _db.HashGetAsync(key, vote.UserId).ConfigureAwait(false);
        if (vote.Reason is null && !earlier.IsNullOrEmpty && JsonSerializer.Deserialize<FeedbackVote>(earlier.ToString(), s_json) is { } before && before.Helpful == vote.Helpful)
        {
            vote = vote with { Reason = before.Reason };
        }

        await _db.HashSetAsync(key, vote.UserId, JsonSerializer.Serialize(vote, s_json)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var ids = await _db.SortedSetRangeByRankAsync(Key("answers:by-time")).ConfigureAwait(false);
        var entries = new List<FeedbackEntry>(ids.Length);
        foreach (var id in ids.Select(i => i.ToString()))
        {
            if (await FindAnswerAsync(id, cancellationToken).ConfigureAwait(false) is not { } answer)
            {
                continue;
            }

            var votes = await _db.HashValuesAsync(Key("votes:", id)).ConfigureAwait(false);
            entries.Add(new FeedbackEntry(answer, votes.Select(v => JsonSerializer.Deserialize<FeedbackVote>(v.ToString(), s_json)!).OrderBy(v => v.At).ToList()));
        }

        return entries;
    }

    public async Task<string?> GetSettingAsync(string scope, string name, CancellationToken cancellationToken)
    {
        var value = await _db.HashGetAsync(Key("settings:", scope), name).ConfigureAwait(false);
        return value.IsNull ? null : value.ToString();
    }

    public async Task<IReadOnlyDictionary<string, string>> GetSettingsAsync(string scope, CancellationToken cancellationToken)
    {
        var entries = await _db.HashGetAllAsync(Key("settings:", scope)).ConfigureAwait(false);
        return entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
    }

    public Task SetSettingAsync(string scope, string name, string? value, CancellationToken cancellationToken) =>
        value is null ? _db.HashDeleteAsync(Key("settings:", scope), name) : _db.HashSetAsync(Key("settings:", scope), name, value);

    public async Task<TimeSpan> TryReserveAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var wait = (long)await _db.ScriptEvaluateAsync(
            RedisScripts.Reserve,
            [Key("rate:", key), Key("pause:", key)],
            [(long)Math.Ceiling(window.TotalMilliseconds), limit, Guid.NewGuid().ToString("N")]).ConfigureAwait(false);
        return TimeSpan.FromMilliseconds(wait);
    }

    public Task PauseAsync(string key, TimeSpan wait, CancellationToken cancellationToken) =>
        _db.ScriptEvaluateAsync(RedisScripts.Pause, [Key("pause:", key)], [(long)Math.Ceiling(wait.TotalMilliseconds)]);

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync().ConfigureAwait(false);

    private RedisKey Key(string kind, string? id = null) => _prefix + kind + id;
}
