using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole frames in (however many pieces Discord splits them into), one send at a time
/// out (ClientWebSocket allows no more), and nothing over Discord's 4096-byte limit.
/// </summary>
internal sealed class GatewaySocket : IDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    public GatewaySocket()
    {
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
    public async Task CloseForResumeAsync(TimeProvider time)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1), time);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)CloseCodes.ResumeLater, "resuming", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is being thrown away either way.
        }
        finally
        {
            _socket.Abort();
        }
    }

    /// <summary>A normal close: Discord ends the session and shows the bot offline, which is right when stopping.</summary>
    public async Task CloseNormallyAsync(TimeProvider time)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stopping", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Stopping anyway.
        }
        finally
        {
            _socket.Abort();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendGate.Dispose();
    }
}
