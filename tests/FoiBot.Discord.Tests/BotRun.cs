using System.Text.Json.Nodes;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Tests.Fakes;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests;

/// <summary>The whole bot running against a fake Discord, with short delays so the tests are quick.</summary>
public sealed class BotRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;

    private readonly TempDirectory? _stateFolder;

    private BotRun(FakeDiscord fake, CorpusIndexFixture corpus, DiscordOptions? options, TimeProvider? time, CancellationToken testTimeout, BotState? state)
    {
        Fake = fake;
        if (state is null)
        {
            _stateFolder = new TempDirectory();
            state = BotState.Sqlite(Path.Combine(_stateFolder.Path, "state.db"), corpus, time ?? TimeProvider.System);
        }

        State = state;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(testTimeout);
        var timings = new GatewayTimings
        {
            FirstBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(400),
            BackoffJitter = TimeSpan.FromMilliseconds(10),
            IdentifyInterval = TimeSpan.FromMilliseconds(50),
            InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
            InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(100),
            HandshakeTimeout = TimeSpan.FromSeconds(5),
        };
        Options = options ?? Defaults(fake);
        Running = DiscordBotHost.RunAsync(
            Options, state.Engine, corpus.Index, Settings, Logs.Factory(), state.Store, state.Options, timings, time ?? TimeProvider.System, new Random(7), _stop.Token);
    }

    public FakeDiscord Fake { get; }

    public DiscordOptions Options { get; }

    public ListLogger Logs { get; } = new();

    /// <summary>Per-server settings, in memory so a test can set them before or while the bot runs.</summary>
    internal Settings.InMemoryServerSettingsStore Settings { get; } = new();

    /// <summary>The store and engine this run answers with; the caller's when given, else its own SQLite file.</summary>
    internal BotState State { get; }

    public Task Running { get; }

    public static DiscordOptions Defaults(FakeDiscord fake) => new() { Token = FakeDiscord.Token, ApplicationId = FakeDiscord.ApplicationId, ApiBaseUrl = fake.ApiBaseUrl };

    /// <param name="time">The bot's clock: the real one unless a test drives it (heartbeats, backoffs and rate limits then wait for the test).</param>
    /// <param name="state">A store shared with other runs (a restart, a second shard); the caller disposes it.</param>
    internal static BotRun Start(
        FakeDiscord fake, CorpusIndexFixture corpus, CancellationToken testTimeout, DiscordOptions? options = null, TimeProvider? time = null, BotState? state = null) =>
        new(fake, corpus, options, time, testTimeout, state);

    /// <summary>Hello, Identify (returned for inspection), READY with a resumable session.</summary>
    public static async Task<JsonNode> HandshakeAsync(FakeGatewayConnection connection, FakeDiscord fake, CancellationToken ct, int heartbeatMs = 1000)
    {
        await connection.SendHelloAsync(heartbeatMs, ct);
        var identify = await connection.ExpectAsync(2, ct);
        await connection.DispatchAsync("READY", 1, Ready(fake), ct);
        return JsonNode.Parse(identify.GetRawText())!;
    }

    public static JsonObject Ready(FakeDiscord fake) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "FoiBot", ["bot"] = true },
        ["guilds"] = new JsonArray(),
        ["session_id"] = "session-1",
        ["resume_gateway_url"] = fake.ResumeUrl,
        ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["flags"] = 0 },
        ["some_future_field"] = new JsonObject { ["nested"] = true },
    };

    /// <summary>Cancels the bot, as Ctrl+C does, and waits for it to end.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or GatewayFatalException)
        {
            // Stopped, or already stopped by the test's own scenario.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
        if (_stateFolder is not null)
        {
            await State.Store.DisposeAsync();
            _stateFolder.Dispose();
        }
    }
}
