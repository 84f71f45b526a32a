using System.Text.Json.Nodes;
using FoiBot.Discord.Gateway;

namespace FoiBot.Discord.Tests;

public sealed class GatewaySocketTests
{
    [Fact]
    public async Task SendAsync_PayloadOver4096Bytes_RefusedBeforeSending()
    {
        using var socket = new GatewaySocket(TimeProvider.System);
        var big = new JsonObject { ["text"] = new string('x', 5000) };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => socket.SendAsync(GatewayOpcode.PresenceUpdate, big, CancellationToken.None));

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
    }
}
