using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using FoiBot.Discord.Api;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// One gateway connection from Hello to close: heartbeats with a jittered first beat and zombie detection, Identify or
/// Resume, the receive loop, and the verdict on what the next connection should do. Dispatches go to a channel so a
/// slow answer never delays a heartbeat.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySession session,
    GatewayHandshake handshake,
    ChannelWriter<GatewayDispatch> events,
    GatewayTimings timings,
    TimeProvider time,
    Random random,
    ILogger logger)
{
    private const string ZombieReason = "no heartbeat ACK (zombie connection)";

    private volatile bool _ackReceived = true;
    private volatile bool _zombie;

    public async Task<ConnectionEnd> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        using var socket = new GatewaySocket(time);
        using var connection = new CancellationTokenSource();

        // Stopping sends a 1000 close before the receive is cancelled: cancelling a receive aborts the socket at once.
        using var stopping = cancellationToken.Register(() => _ = StopAsync(socket, connection));
        using var handshakeTimeout = new CancellationTokenSource(timings.HandshakeTimeout, time);
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(connection.Token, handshakeTimeout.Token);
        var established = false;
        Task heartbeat = Task.CompletedTask;

        // Connection failures go to the caller, which may ask /gateway/bot for a fresh address.
        await socket.ConnectAsync(WithQuery(url), receiving.Token).ConfigureAwait(false);
        try
        {
            var hello = await socket.ReceiveAsync(receiving.Token).ConfigureAwait(false);
            if (hello is null || hello.Op != (int)GatewayOpcode.Hello)
            {
                return await EndAsync(socket, hello is null ? Closed(socket, established) : new ConnectionEnd(NextStep.Resume, null, "no Hello", false)).ConfigureAwait(false);
            }

            var interval = TimeSpan.FromMilliseconds(hello.Data.GetProperty("heartbeat_interval").GetDouble());
            heartbeat = HeartbeatAsync(socket, interval, connection.Token);
            await handshake.StartAsync(socket, resume && session.CanResume, receiving.Token).ConfigureAwait(false);

            while (true)
            {
                var frame = await socket.ReceiveAsync(receiving.Token).ConfigureAwait(false);
                if (frame is null)
                {
                    return Closed(socket, established);
                }

                switch ((GatewayOpcode)frame.Op)
                {
                    case GatewayOpcode.Dispatch:
                        session.Observe(frame.Sequence);
                        Remember(frame);

                        // READY or RESUMED normally; any event at all shows the session is live.
                        if (!established)
                        {
                            established = true;
                            handshakeTimeout.CancelAfter(Timeout.InfiniteTimeSpan);
                        }

                        await events.WriteAsync(new GatewayDispatch(frame.Name ?? "", frame.Sequence, frame.Data), connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Heartbeat:
                        await socket.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        _ackReceived = true;
                        break;
                    case GatewayOpcode.Reconnect:
                        return await EndAsync(socket, new ConnectionEnd(NextStep.Resume, null, "Discord asked for a reconnect", established)).ConfigureAwait(false);
                    case GatewayOpcode.InvalidSession:
                        return await InvalidSessionAsync(socket, frame.Data.ValueKind == JsonValueKind.True, established, cancellationToken).ConfigureAwait(false);
                    default:
                        Log.UnknownOpcode(logger, frame.Op);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = _zombie ? ZombieReason : established ? "timed out" : "no READY in time";
            return await EndAsync(socket, new ConnectionEnd(NextStep.Resume, null, reason, established)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reason = _zombie ? ZombieReason : ex.Message;
            return await EndAsync(socket, new ConnectionEnd(NextStep.Resume, null, reason, established)).ConfigureAwait(false);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task StopAsync(GatewaySocket socket, CancellationTokenSource connection)
    {
        await socket.CloseNormallyAsync(time).ConfigureAwait(false);
        try
        {
            await connection.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The connection had already ended.
        }
    }

    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private ConnectionEnd Closed(GatewaySocket socket, bool established)
    {
        var code = socket.CloseStatus;
        var next = CloseCodes.Classify(code);
        if (next == NextStep.Identify)
        {
            session.Clear();
        }

        return new ConnectionEnd(next, code, socket.CloseDescription is { Length: > 0 } d ? d : CloseCodes.Describe(code), established);
    }

    private async Task<ConnectionEnd> EndAsync(GatewaySocket socket, ConnectionEnd end)
    {
        await socket.CloseForResumeAsync(time).ConfigureAwait(false);
        return end;
    }

    private async Task<ConnectionEnd> InvalidSessionAsync(GatewaySocket socket, bool resumable, bool established, CancellationToken cancellationToken)
    {
        await socket.CloseForResumeAsync(time).ConfigureAwait(false);
        if (resumable)
        {
            return new ConnectionEnd(NextStep.Resume, null, "invalid session (resumable)", established);
        }

        session.Clear();
        var spread = timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay;
        await Task.Delay(timings.InvalidSessionMinDelay + (spread * random.NextDouble()), time, cancellationToken).ConfigureAwait(false);
        return new ConnectionEnd(NextStep.Identify, null, "invalid session", established);
    }

    private void Remember(GatewayFrame frame)
    {
        if (frame.Name != "READY")
        {
            return;
        }

        var ready = frame.Data.Deserialize<ReadyDto>(DiscordJson.Options);
        session.SessionId = ready?.SessionId;
        session.ResumeUrl = Uri.TryCreate(ready?.ResumeGatewayUrl, UriKind.Absolute, out var resume) ? resume : null;
    }

    private async Task HeartbeatAsync(GatewaySocket socket, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random.NextDouble(), time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (!_ackReceived)
                {
                    _zombie = true;
                    Log.Zombie(logger);
                    await socket.CloseForResumeAsync(time).ConfigureAwait(false);
                    return;
                }

                _ackReceived = false;
                await socket.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The receive loop decides what happens next.
        }
    }
}
