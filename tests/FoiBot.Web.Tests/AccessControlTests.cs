using System.Net;
using System.Net.Http.Headers;

namespace FoiBot.Web.Tests;

/// <summary>API keys checked by the app on a real server, and the trusted-proxy mode refusing anyone but the proxy.</summary>
public sealed class AccessControlTests
{
    private const string Key = "k3y-for-the-access-control-tests-0123456789";

    [Fact]
    public async Task Api_WithKeysConfigured_AnswersOnlyACallerPresentingOne()
    {
        await using var server = await StartAsync(new WebOptions { Urls = "http://127.0.0.1:0", ApiKeys = $"another-key-that-is-long-enough-000;{Key}" });
        var path = new Uri("/api/authorities", UriKind.Relative);

        using var none = await server.Client.GetAsync(path);
        using var wrong = await Send(server.Client, path, "Bearer", "a-wrong-key-of-the-same-sort-0123456789ab");
        using var bearer = await Send(server.Client, path, "Bearer", Key);
        using var header = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "X-Api-Key", Key } } };
        using var apiKey = await server.Client.SendAsync(header);
        using var page = await server.Client.GetAsync(new Uri("/", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(none, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apiKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Page_TrustedProxyMode_RefusesAConnectionNotFromTheProxy()
    {
        await using var server = await StartAsync(new WebOptions { Urls = "http://127.0.0.1:0", TrustedProxies = "10.20.30.40" });

        using var response = await server.Client.GetAsync(new Uri("/api/authorities", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Api_TrustedProxyMode_RateLimitsEachClientTheProxyForwards()
    {
        await using var server = await StartAsync(new WebOptions { Urls = "http://127.0.0.1:0", TrustedProxies = "127.0.0.1", RateLimitPermits = 1 });

        using var first = await Forwarded(server.Client, "192.0.2.10");
        using var second = await Forwarded(server.Client, "192.0.2.11");
        using var again = await Forwarded(server.Client, "192.0.2.10");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    private static async Task<HttpResponseMessage> Forwarded(HttpClient client, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/authorities", UriKind.Relative)) { Headers = { { "X-Forwarded-For", clientAddress } } };
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, Uri path, string scheme, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, key);
        return await client.SendAsync(request);
    }

    private static async Task<Started> StartAsync(WebOptions options)
    {
        var server = new StaffServer { Options = options };
        await server.InitializeAsync();
        return new Started(server);
    }

    /// <summary>A server a test started with its own options, stopped when the test ends.</summary>
    private sealed class Started(StaffServer server) : IAsyncDisposable
    {
        public HttpClient Client => server.Client;

        public async ValueTask DisposeAsync() => await server.DisposeAsync();
    }
}
