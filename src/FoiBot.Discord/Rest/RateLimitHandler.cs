using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Rest;

/// <summary>
/// Keeps FoiBot inside Discord's REST limits: per-route buckets learnt from X-RateLimit-* headers, a global pause
/// when Discord says so, 429s waited out for retry_after a bounded number of times, and every request refused after
/// a 401 (a bad token must not become thousands of invalid requests and a Cloudflare ban).
/// </summary>
internal sealed class RateLimitHandler : DelegatingHandler
{
    private const int MaxAttempts = 4;

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly GlobalRateLimit _global;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private volatile bool _unauthorized;

    public RateLimitHandler(TimeProvider time, ILogger logger, HttpMessageHandler inner)
        : base(inner)
    {
        _time = time;
        _logger = logger;
        _global = new GlobalRateLimit(time);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_unauthorized)
        {
            throw new DiscordRestException(HttpStatusCode.Unauthorized, 0, "Discord rejected the bot token earlier; no further requests are sent.");
        }

        var (route, major) = RouteKey.For(request.Method, request.RequestUri!.AbsolutePath);
        for (var attempt = 1; ; attempt++)
        {
            var bucket = BucketFor(route, major);
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                await DelayAsync(bucket.WaitNeeded(_time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                await _global.WaitAsync(!RouteKey.IsGlobalExempt(route), cancellationToken).ConfigureAwait(false);
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                Learn(route, major, bucket, RateLimitHeaders.From(response.Headers));
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

            var (wait, global) = await RateLimitHeaders.RetryAfterAsync(response, cancellationToken).ConfigureAwait(false);
            Log.RateLimited(_logger, route, wait.TotalSeconds, global, attempt);
            response.Dispose();
            if (global)
            {
                _global.PauseFor(wait);
            }
            else
            {
                await DelayAsync(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private RateLimitBucket BucketFor(string route, string major)
    {
        // Until Discord names the bucket, the route itself is the bucket (one request at a time).
        var key = _bucketOfRoute.TryGetValue(route, out var hash) ? hash + ":" + major : route + ":" + major;
        return _buckets.GetOrAdd(key, _ => new RateLimitBucket());
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
            bucket.Remaining = remaining;
            bucket.ResetAt = _time.GetUtcNow() + resetAfter;
        }
    }

    private Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken) =>
        wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
}
