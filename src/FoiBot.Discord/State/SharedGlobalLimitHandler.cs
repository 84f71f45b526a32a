using System.Net;
using FoiBot.Discord.Rest;

namespace FoiBot.Discord.State;

/// <summary>
/// Discord's global limit is per bot, not per process: under the per-process rate limiting, every request that
/// counts takes a place in one window that all processes sharing the store count in, and a global 429 seen by one
/// process pauses them all.
/// </summary>
internal sealed class SharedGlobalLimitHandler(ISharedRateLimit shared, int perSecond, TimeProvider time, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public const string Key = "rest-global";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (route, _) = RouteKey.For(request.Method, request.RequestUri!.AbsolutePath);
        if (!RouteKey.IsGlobalExempt(route))
        {
            while (await shared.TryReserveAsync(Key, perSecond, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false) is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests
            && response.Headers.TryGetValues("X-RateLimit-Global", out var global) && global.Contains("true", StringComparer.OrdinalIgnoreCase)
            && response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            await shared.PauseAsync(Key, retryAfter, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
