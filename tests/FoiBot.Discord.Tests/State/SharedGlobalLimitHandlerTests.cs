using System.Net;
using FoiBot.Discord.State;
using FoiBot.Testing;

namespace FoiBot.Discord.Tests.State;

public sealed class SharedGlobalLimitHandlerTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteStateStore _store;

    public SharedGlobalLimitHandlerTests() => _store = SqliteStateStore.Open(Path.Combine(_folder.Path, "state.db"), 6, TimeSpan.FromMinutes(30), TimeProvider.System);

    [Fact]
    public async Task SendAsync_GlobalTooManyRequests_PausesEveryProcessSharingTheStore()
    {
        using var client = new HttpClient(new SharedGlobalLimitHandler(_store, 45, TimeProvider.System, new GlobalLimitedDiscord()));

        using var response = await client.PostAsync("http://127.0.0.1/api/v10/channels/1/messages", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(await _store.TryReserveAsync(SharedGlobalLimitHandler.Key, 45, TimeSpan.FromSeconds(1), CancellationToken.None), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Discord answering with a global 429 and three seconds to wait.</summary>
    private sealed class GlobalLimitedDiscord : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"message":"You are being rate limited.","retry_after":3,"global":true}""") };
            response.Headers.Add("X-RateLimit-Global", "true");
            response.Headers.Add("Retry-After", "3");
            return Task.FromResult(response);
        }
    }
}
