using FoiBot.Answering.Tests;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>A fake Discord, the bot running against it, and its first gateway connection past Identify (and READY unless told not).</summary>
public sealed class ConnectedBot : IAsyncDisposable
{
    private ConnectedBot(FakeDiscord fake, BotRun bot, FakeGatewayConnection gateway)
    {
        Fake = fake;
        Bot = bot;
        Gateway = gateway;
    }

    public FakeDiscord Fake { get; }

    public BotRun Bot { get; }

    public FakeGatewayConnection Gateway { get; }

    internal static async Task<ConnectedBot> StartAsync(
        CorpusIndexFixture corpus, CancellationToken ct, Func<DiscordOptions, DiscordOptions>? configure = null, int heartbeatMs = 1000, bool sendReady = true, BotState? state = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var options = BotRun.Defaults(fake);
        var bot = BotRun.Start(fake, corpus, ct, configure?.Invoke(options) ?? options, state: state);
        var gateway = await fake.NextConnectionAsync(ct);
        if (sendReady)
        {
            await BotRun.HandshakeAsync(gateway, fake, ct, heartbeatMs);
        }
        else
        {
            await gateway.SendHelloAsync(heartbeatMs, ct);
            await gateway.ExpectAsync(2, ct);
        }
        return new ConnectedBot(fake, bot, gateway);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
