using System.Net;
using System.Text;
using System.Text.Json;
using FoiBot.Discord.Interactions;
using FoiBot.Discord.State;
using FoiBot.Discord.Tests.Fakes;
using FoiBot.Testing;
using NSec.Cryptography;

namespace FoiBot.Discord.Tests;

/// <summary>The HTTP interactions endpoint, signed with a key pair made here, exactly as Discord signs.</summary>
public sealed class InteractionEndpointTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>, IAsyncDisposable
{
    private readonly TempDirectory _state = new();
    private SqliteStateStore? _store;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _state.Dispose();
    }

    [Theory]
    [InlineData("tampered-body")]
    [InlineData("wrong-key")]
    [InlineData("junk-signature")]
    [InlineData("changed-timestamp")]
    [InlineData("missing-headers")]
    public async Task Post_BadSignature_Answers401AndDoesNothing(string fault)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var key = NewKey();
        using var otherKey = NewKey();
        await using var server = await StartAsync(fake, key, timeout.Token);
        using var http = new HttpClient();
        var body = """{"id":"1","application_id":"900000000000000001","token":"t","type":1,"version":1}""";
        var timestamp = "1700000000";
        var signature = Sign(fault == "wrong-key" ? otherKey : key, timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Urls[0] + "/interactions")
        {
            Content = new StringContent(fault == "tampered-body" ? body.Replace("\"t\"", "\"u\"", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        if (fault != "missing-headers")
        {
            request.Headers.Add("X-Signature-Ed25519", fault == "junk-signature" ? "zz" + signature[2..] : signature);
            request.Headers.Add("X-Signature-Timestamp", fault == "changed-timestamp" ? "1700000001" : timestamp);
        }

        using var response = await http.SendAsync(request, timeout.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(fake.Requests, r => r.Method != "GET");
    }

    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var key = NewKey();
        await using var server = await StartAsync(fake, key, timeout.Token);

        using var response = await PostSignedAsync(server, key, """{"id":"1","application_id":"900000000000000001","token":"t","type":1,"version":1}""", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync(timeout.Token));
    }

    [Fact]
    public async Task Post_SignedAsk_DefersInlineThenEditsTheOriginalWithCitations()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var fake = await FakeDiscord.StartAsync();
        using var key = NewKey();
        await using var server = await StartAsync(fake, key, timeout.Token);
        var body = DiscordEvents.Command("550000000000000001", "ask", ("question", 3, "Does Barnet use facial recognition?")).ToJsonString();

        using var response = await PostSignedAsync(server, key, body, timeout.Token);
        var edit = (await fake.WaitForAsync(r => r.Is("PATCH", "/messages/@original"), timeout.Token)).Single();

        using var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
        Assert.Equal(5, first.RootElement.GetProperty("type").GetInt32());
        Assert.Contains("16336160", edit.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    private Task<InteractionServer> StartAsync(FakeDiscord fake, Key key, CancellationToken ct)
    {
        var options = BotRun.Defaults(fake) with { PublicKey = InteractionSigner.PublicKeyHex(key) };
        _store ??= SqliteStateStore.Open(Path.Combine(_state.Path, "state.db"), 6, TimeSpan.FromMinutes(30), TimeProvider.System);
        return InteractionServer.StartAsync(options, corpus.Engine, corpus.Index, _store, "http://127.0.0.1:0", new ListLogger().Factory(), TimeProvider.System, ct);
    }

    private static Task<HttpResponseMessage> PostSignedAsync(InteractionServer server, Key key, string body, CancellationToken ct) =>
        InteractionSigner.PostSignedAsync(server.Urls[0], key, body, ct);

    private static Key NewKey() => InteractionSigner.NewKey();

    private static string Sign(Key key, string timestamp, string body) => InteractionSigner.Sign(key, timestamp, body);
}
