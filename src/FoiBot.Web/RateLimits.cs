using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace FoiBot.Web;

/// <summary>A fixed window per client address on the API, answered with a 429 ProblemDetails when spent.</summary>
internal static class RateLimits
{
    public const string PolicyName = "per-client";

    public static void Configure(RateLimiterOptions limiter, WebOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 }));
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var http = rejected.HttpContext;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Wait a little, then try again." },
            });
        };
    }
}
