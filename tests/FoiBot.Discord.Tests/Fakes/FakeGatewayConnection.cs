using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace FoiBot.Discord.Tests.Fakes;

/// <summary>
/// The server side of one gateway connection. Heartbeats are ACKed by a background pump (unless switched off); every
/// other frame is queued for the test to expect, in order.
/// </summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path)
{
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<int?> _heartbeats = Channel.CreateUnbounded<int?>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _send = new(1, 1);

    public string Path { get; } = path;

    public bool AutoAck { get; set; } = true;

    public int Heartbeats { get; private set; }

    /// <summary>The close code the client sent, if it sent one.</summary>
    public int? ClientCloseCode { get; private set; }

    public Task Closed => _closed.Task;

    public Task SendHelloAsync(int heartbeatMs, CancellationToken ct) => SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatMs } }, ct);

    public Task SendOpAsync(int op, JsonNode? data, CancellationToken ct) => SendAsync(new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null }, ct);

    public Task DispatchAsync(string name, int seq, JsonNode data, CancellationToken ct) =>
        SendAsync(new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = seq, ["t"] = name }, ct);

    public async Task SendAsync(JsonNode frame, CancellationToken ct)
    {
        await _send.WaitAsync(ct);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, ct);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends a frame in small pieces, as Discord may do with a large READY.</summary>
    public async Task SendInPiecesAsync(JsonNode frame, int pieceBytes, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        for (var i = 0; i < bytes.Length; i += pieceBytes)
        {
            var count = Math.Min(pieceBytes, bytes.Length - i);
            await socket.SendAsync(bytes.AsMemory(i, count), WebSocketMessageType.Text, i + count == bytes.Length, ct);
        }
    }

    /// <summary>The sequence number the client's next heartbeat carried (null before any dispatch), in the order they came.</summary>
    public async Task<int?> NextHeartbeatAsync(CancellationToken ct) => await _heartbeats.Reader.ReadAsync(ct);

    /// <summary>
    /// Waits for a heartbeat carrying <paramref name="sequence"/>. The client reads frames in order, so it has then
    /// taken in every dispatch up to that one; asking for a heartbeat (op 1) gets one at once.
    /// </summary>
    public async Task HeartbeatCarryingAsync(int sequence, CancellationToken ct)
    {
        var carried = await NextHeartbeatAsync(ct);
        while (carried != sequence)
        {
            carried = await NextHeartbeatAsync(ct);
        }
    }

    /// <summary>The next non-heartbeat frame from the client, which must have this opcode.</summary>
    public async Task<JsonElement> ExpectAsync(int op, CancellationToken ct)
    {
        var frame = await _frames.Reader.ReadAsync(ct);
        Assert.Equal(op, frame.GetProperty("op").GetInt32());
        return frame.GetProperty("d");
    }

    public async Task CloseAsync(int code, string reason, CancellationToken ct)
    {
        await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, ct);
    }

    /// <summary>Drops the TCP connection with no close frame, like a network failure.</summary>
    public void Drop() => socket.Abort();

    internal async Task PumpAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, ct);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)result.CloseStatus;
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    Heartbeats++;
                    var data = frame.GetProperty("d");
                    await _heartbeats.Writer.WriteAsync(data.ValueKind == JsonValueKind.Number ? data.GetInt32() : null, ct);
                    if (AutoAck)
                    {
                        await SendAsync(new JsonObject { ["op"] = 11 }, ct);
                    }

                    continue;
                }

                await _frames.Writer.WriteAsync(frame, ct);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is over.
        }
        finally
        {
            _frames.Writer.TryComplete();
            _heartbeats.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
