using System.Net.Http.Json;
using System.Text.Json;

namespace FoiBot.Web.Tests;

/// <summary>A letter's public address (its provenance row's source column) comes back with it from every API that cites letters.</summary>
public sealed class PublicAddressApiTests(StaffServer server) : IClassFixture<StaffServer>
{
    private const string MorayToilets = "http://www.moray.gov.uk/moray_standard/page_86125.html";

    [Fact]
    public async Task Search_LetterWithAnAddress_HitCarriesIt()
    {
        var body = await GetJsonAsync("/api/search?q=public%20toilets%20closed&authority=Moray");

        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("sourceAddress").GetString() == MorayToilets);
    }

    [Fact]
    public async Task Ask_LetterWithAnAddress_CitationCarriesIt()
    {
        var body = await GetJsonAsync("/api/ask?q=" + Uri.EscapeDataString("How many public toilets has Moray Council closed?"));

        var cited = body.GetProperty("citations").EnumerateArray().Concat(body.GetProperty("related").EnumerateArray());
        Assert.Contains(cited, c => c.GetProperty("sourceAddress").GetString() == MorayToilets);
    }

    [Fact]
    public async Task Check_LetterWithAnAddress_MatchCarriesIt()
    {
        using var response = await server.Client.PostAsJsonAsync("/api/check", new { text = "1. How many public toilets have you closed in each of the last 10 calendar years?", authority = "Moray" });
        var body = await JsonBody.ReadAsync(response);

        var matches = body.GetProperty("questions").EnumerateArray().SelectMany(q => q.GetProperty("matches").EnumerateArray());
        Assert.Contains(matches, m => m.GetProperty("sourceAddress").GetString() == MorayToilets);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await server.Client.GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {raw}");
        return JsonBody.Parse(raw);
    }
}
