using System.Text.Json.Nodes;

namespace FoiBot.Discord.Gateway;

/// <summary>The first thing said after Hello: Resume when there is a session to pick up, else Identify (rate-limited).</summary>
internal sealed class GatewayHandshake(DiscordOptions options, GatewaySession session, IdentifyGate identifyGate)
{
    public async Task StartAsync(GatewaySocket socket, bool resume, CancellationToken cancellationToken)
    {
        if (resume)
        {
            await socket.SendAsync(GatewayOpcode.Resume, ResumePayload(), cancellationToken).ConfigureAwait(false);
            return;
        }

        await identifyGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        await socket.SendAsync(GatewayOpcode.Identify, IdentifyPayload(), cancellationToken).ConfigureAwait(false);
    }

    internal JsonObject IdentifyPayload() => new()
    {
        // The raw token: the "Bot " prefix belongs to REST only.
        ["token"] = options.Token,
        ["intents"] = (int)GatewayIntents.FoiBot,
        ["properties"] = new JsonObject { ["os"] = OperatingSystem.IsWindows() ? "windows" : "linux", ["browser"] = "foibot", ["device"] = "foibot" },
        ["shard"] = new JsonArray(options.ShardId, options.ShardCount),
        ["large_threshold"] = 50,
    };

    private JsonObject ResumePayload() => new()
    {
        ["token"] = options.Token,
        ["session_id"] = session.SessionId,
        ["seq"] = session.Sequence,
    };
}
