using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Rest;

/// <summary>
/// Keeps FoiBot inside Discord's REST limits: per-route buckets learnt from X-RateLimit-* headers, held shut by any
/// 429 for its retry_after (a shared resource's too) so nothing else is sent into a waiting bucket, a global limit
/// with headroom and a global pause when Discord says so, invalid responses counted with a back-off well before
/// Discord's ban, and every request refused after a 401. Time spent queued is not time on the wire: the timeout
/// covers only the HTTP exchange.
/// </summary>
internal sealed class RateLimitHandler : DelegatingHandler
{
    private const int MaxAttempts = 4;

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly GlobalRateLimit _global;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _requestTimeout;
    private volatile bool _unauthorized;

    public RateLimitHandler(DiscordOptions options, TimeProvider time, ILogger logger, HttpMessageHandler inner)
        : base(inner)
    {
        _time = time;
        _logger = logger;
        _requestTimeout = options.RequestTimeout;
        _global = new GlobalRateLimit(options.GlobalRequestsPerSecond, time);
        Invalid = new InvalidRequestBudget(options.InvalidRequestSoftLimit, time);
    }

    /// <summary>The 401, 403 and 429 responses Discord counts against this bot's address.</summary>
    public InvalidRequestBudget Invalid { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (route, major) = RouteKey.For(request.Method, request.RequestUri!.AbsolutePath);
        for (var attempt = 1; ; attempt++)
        {
            if (_unauthorized)
            {
                throw new DiscordRestException(HttpStatusCode.Unauthorized, 0, "Discord rejected the bot token earlier; no further requests are sent.");
            }

            var bucket = BucketFor(route, major);
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            (TimeSpan Wait, bool Global) limited = default;
            try
            {
                for (var wait = bucket.WaitNeeded(_time.GetUtcNow()); wait > TimeSpan.Zero; wait = bucket.WaitNeeded(_time.GetUtcNow()))
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }

                await Invalid.WaitAsync(cancellationToken).ConfigureAwait(false);
                await _global.WaitAsync(!RouteKey.IsGlobalExempt(route), cancellationToken).ConfigureAwait(false);
                response = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
                var headers = RateLimitHeaders.From(response.Headers);
                Learn(route, major, bucket, headers);
                if (Invalid.Record((int)response.StatusCode, headers.Scope))
                {
                    Log.InvalidRequestsBackOff(_logger, Invalid.Count);
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // Shut the bucket before letting the next request in: whatever the scope, the route is waiting.
                    limited = await RateLimitHeaders.RetryAfterAsync(response, cancellationToken).ConfigureAwait(false);
                    if (!limited.Global)
                    {
                        bucket.HoldFor(_time.GetUtcNow(), limited.Wait);
                    }
                }
            }
            finally
            {
                bucket.Gate.Release();
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                _unauthorized = true;
                Log.TokenRejected(_logger);
                return response;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxAttempts)
            {
                return response;
            }

            Log.RateLimited(_logger, route, limited.Wait.TotalSeconds, limited.Global, attempt);
            response.Dispose();
            if (limited.Global)
            {
                _global.PauseFor(limited.Wait);
            }
        }
    }

    /// <summary>The request and its body within the timeout; the caller's own cancellation passes through as it is.</summary>
    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Wall-clock time, as the network keeps; the injected clock governs only what FoiBot itself waits for.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linked.CancelAfter(_requestTimeout);
        try
        {
            var response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Discord did not answer within {_requestTimeout.TotalSeconds:F0} s.", ex);
        }
    }

    private RateLimitBucket BucketFor(string route, string major)
    {
        // Until Discord names the bucket for this major parameter, the route itself is the bucket. A hash learnt from
        // another channel must not start a second bucket beside the one this channel's first request is still in.
        if (_bucketOfRoute.TryGetValue(route, out var hash) && _buckets.TryGetValue(hash + ":" + major, out var named))
        {
            return named;
        }

        return _buckets.GetOrAdd(route + ":" + major, _ => new RateLimitBucket());
    }

    private void Learn(string route, string major, RateLimitBucket current, RateLimitHeaders headers)
    {
        var bucket = current;
        if (headers.Bucket is { Length: > 0 } hash)
        {
            _bucketOfRoute[route] = hash;
            bucket = _buckets.GetOrAdd(hash + ":" + major, _ => current);
        }

        if (headers.Remaining is { } remaining && headers.ResetAfter is { } resetAfter)
        {
            bucket.Update(_time.GetUtcNow(), remaining, resetAfter);
        }
    }
}
