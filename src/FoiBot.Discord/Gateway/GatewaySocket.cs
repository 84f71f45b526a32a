using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole frames in (however many pieces Discord splits them into), one send at a time
/// out (ClientWebSocket allows no more), within Discord's send limit, and nothing over its 4096-byte limit.
/// </summary>
internal sealed class GatewaySocket : IDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly GatewaySendBudget _budget;

    public GatewaySocket(TimeProvider time)
    {
        _time = time;
        _budget = new GatewaySendBudget(time);
        // Gateway heartbeats already keep the connection alive.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    public async Task SendAsync(GatewayOpcode op, JsonNode? data, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["op"] = (int)op, ["d"] = data });
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"A gateway payload of {bytes.Length} bytes is over Discord's {MaxPayloadBytes}-byte limit.");
        }

        for (var wait = _budget.TryTake(op == GatewayOpcode.Heartbeat); wait > TimeSpan.Zero; wait = _budget.TryTake(op == GatewayOpcode.Heartbeat))
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>The next whole frame, or null once the server has closed the connection.</summary>
    public async Task<GatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await _socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return GatewayFrame.Parse(buffer.WrittenSpan);
            }
        }
    }

    /// <summary>
    /// Closes with a code that keeps the session resumable (1000/1001 would end it), without waiting long for a
    /// server that may be dead, then aborts.
    /// </summary>
    public Task CloseForResumeAsync(TimeProvider time) =>
        CloseAsync((WebSocketCloseStatus)CloseCodes.ResumeLater, "resuming", TimeSpan.FromSeconds(1), time);

    /// <summary>A normal close: Discord ends the session and shows the bot offline, which is right when stopping.</summary>
    public Task CloseNormallyAsync(TimeProvider time) =>
        CloseAsync(WebSocketCloseStatus.NormalClosure, "stopping", TimeSpan.FromSeconds(2), time);

    /// <summary>Sends the close frame as the only send in progress (a heartbeat may be going out), then aborts.</summary>
    private async Task CloseAsync(WebSocketCloseStatus status, string reason, TimeSpan wait, TimeProvider time)
    {
        using var timeout = new CancellationTokenSource(wait, time);
        var entered = false;
        try
        {
            entered = await _sendGate.WaitAsync(wait, timeout.Token).ConfigureAwait(false);
            if (entered && _socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is being thrown away either way.
        }
        finally
        {
            if (entered)
            {
                ReleaseQuietly();
            }

            _socket.Abort();
        }
    }

    private void ReleaseQuietly()
    {
        try
        {
            _sendGate.Release();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while closing.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendGate.Dispose();
    }
}
