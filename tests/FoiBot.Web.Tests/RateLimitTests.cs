using System.Net;

namespace FoiBot.Web.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Api_MorePermitsThanTheWindowAllows_Returns429ProblemWithRetryAfter()
    {
        await using var server = new StaffServerScope(new WebOptions { Urls = "http://127.0.0.1:0", RateLimitPermits = 3, RateLimitWindow = TimeSpan.FromMinutes(5) });
        await server.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await server.Client.GetAsync("/api/authorities");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await server.Client.GetAsync("/api/authorities");
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        using var health = await server.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>A server of its own, so its tight limit does not starve other tests.</summary>
    private sealed class StaffServerScope(WebOptions options) : IAsyncDisposable
    {
        private readonly StaffServer _server = new() { Options = options };

        public HttpClient Client => _server.Client;

        public Task StartAsync() => _server.InitializeAsync();

        public async ValueTask DisposeAsync() => await _server.DisposeAsync();
    }
}
