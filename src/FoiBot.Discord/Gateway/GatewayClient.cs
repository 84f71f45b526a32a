using System.Net.WebSockets;
using System.Threading.Channels;
using FoiBot.Discord.Rest;
using FoiBot.Discord.State;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Gateway;

/// <summary>
/// Keeps one shard connected: asks GET /gateway/bot where to connect (never a hard-coded address), runs connection
/// after connection, resumes or re-identifies as each close demands, backs off with jitter, and stops for good on a
/// fatal close code with one clear log line instead of looping.
/// </summary>
internal sealed class GatewayClient(
    DiscordOptions options,
    DiscordRestClient rest,
    GatewayTimings timings,
    TimeProvider time,
    Random random,
    ILogger logger,
    ISharedRateLimit? shared = null)
{
    private readonly GatewaySession _session = new();

    /// <summary>Runs until cancelled (returns) or a fatal close (throws <see cref="GatewayFatalException"/>).</summary>
    public async Task RunAsync(ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var identifyGate = new IdentifyGate(timings, time, options.ShardId, shared);
        var gatewayUrl = await DiscoverAsync(identifyGate, cancellationToken).ConfigureAwait(false);
        var handshake = new GatewayHandshake(options, _session, identifyGate);
        var backoff = new ReconnectBackoff(timings, random);
        var resume = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var target = resume && _session.CanResume ? _session.ResumeUrl ?? gatewayUrl : gatewayUrl;
            ConnectionEnd end;
            try
            {
                var connection = new GatewayConnection(_session, handshake, events, timings, time, random, logger);
                end = await connection.RunAsync(target, resume, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is WebSocketException or HttpRequestException or OperationCanceledException)
            {
                // The cached address may be stale: ask Discord again next time round.
                end = new ConnectionEnd(resume ? NextStep.Resume : NextStep.Identify, null, ex.Message, false);
                gatewayUrl = await TryDiscoverAsync(gatewayUrl, identifyGate, cancellationToken).ConfigureAwait(false);
            }

            if (end.Next == NextStep.Fatal)
            {
                var message = $"Discord closed the gateway with {end.CloseCode} ({CloseCodes.Describe(end.CloseCode)}). Not reconnecting.";
                Log.GatewayFatal(logger, message);
                throw new GatewayFatalException(end.CloseCode ?? 0, message);
            }

            if (end.Established)
            {
                backoff.Reset();
            }

            resume = end.Next == NextStep.Resume;
            var delay = backoff.Next();
            Log.Reconnecting(logger, end.CloseCode, end.Reason, resume, delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<Uri> DiscoverAsync(IdentifyGate identifyGate, CancellationToken cancellationToken)
    {
        var gateway = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        identifyGate.MaxConcurrency = Math.Max(1, gateway.SessionStartLimit?.MaxConcurrency ?? 1);
        if (gateway.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            Log.SessionBudgetSpent(logger, limit.ResetAfter);
            identifyGate.BudgetSpentFor(TimeSpan.FromMilliseconds(limit.ResetAfter));
        }

        if (gateway.Shards is { } recommended && recommended > options.ShardCount)
        {
            Log.MoreShardsRecommended(logger, recommended, options.ShardCount);
        }

        return Uri.TryCreate(gateway.Url, UriKind.Absolute, out var url)
            ? url
            : throw new InvalidOperationException($"GET /gateway/bot returned no usable url ('{gateway.Url}').");
    }

    private async Task<Uri> TryDiscoverAsync(Uri current, IdentifyGate identifyGate, CancellationToken cancellationToken)
    {
        try
        {
            return await DiscoverAsync(identifyGate, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or InvalidOperationException)
        {
            Log.DiscoveryFailed(logger, ex.Message);
            return current;
        }
    }
}
