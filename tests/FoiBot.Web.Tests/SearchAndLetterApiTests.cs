using System.Net;
using System.Text.Json;

namespace FoiBot.Web.Tests;

public sealed class SearchAndLetterApiTests : IClassFixture<StaffServer>
{
    private readonly HttpClient _client;

    public SearchAndLetterApiTests(StaffServer server) => _client = server.Client;

    [Fact]
    public async Task Search_FacialRecognitionInBarnet_FindsBothLettersWithTheWordsMarked()
    {
        var body = await GetJsonAsync("/api/search?q=facial%20recognition&authority=Barnet");

        Assert.Equal("London Borough of Barnet", body.GetProperty("authority").GetString());
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("ref").GetString() == "5576276");
        Assert.Contains(hits, h => h.GetProperty("ref").GetString() == "16336160");
        var first = hits[0];
        var question = first.GetProperty("question").GetString()!;
        var marked = first.GetProperty("questionMarks").EnumerateArray()
            .Select(m => question[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()].ToLowerInvariant()).ToList();
        Assert.Contains(marked, w => w.StartsWith("recognition", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_OutcomeAndDateFilters_KeepOnlyMatchingLetters()
    {
        var body = await GetJsonAsync("/api/search?q=CCTV&outcome=notheld&from=2014-01-01&to=2014-12-31");

        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Equal("NotHeld", h.GetProperty("outcome").GetString());
            Assert.StartsWith("2014-", h.GetProperty("date").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/api/search?q=cctv&from=not-a-date", "from")]
    [InlineData("/api/search?q=cctv&to=2024-13-45", "to")]
    [InlineData("/api/search?q=cctv&outcome=maybe", "outcome")]
    [InlineData("/api/search?q=cctv&outcome=3", "outcome")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/ask?q=", "q")]
    public async Task Get_MalformedQuery_Returns400ProblemNamingTheParameter(string url, string parameter)
    {
        using var response = await _client.GetAsync(url);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Search_OverlongQuery_Returns400Problem()
    {
        using var response = await _client.GetAsync("/api/search?q=" + new string('a', 1001));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_QueryFullOfSyntax_IsSearchedNotParsed()
    {
        var body = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("cctv AND (\"camera* OR ~ ^2 [a TO z] \\ <script>"));

        Assert.NotEmpty(body.GetProperty("hits").EnumerateArray());
        Assert.Equal("cctv AND (\"camera* OR ~ ^2 [a TO z] \\ <script>", body.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Letter_HostileAnswer_ComesBackAsEscapedJsonText()
    {
        using var response = await _client.GetAsync($"/api/letters/{HostileLetter.Reference}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        var answer = JsonBody.Parse(raw).GetProperty("letter").GetProperty("pairs")[0].GetProperty("answer").GetString();
        Assert.Contains(HostileLetter.Payload, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_WithQuery_MarksTheWordsInEachPair()
    {
        var body = await GetJsonAsync("/api/letters/5576276?q=face%20recognition");

        var letter = body.GetProperty("letter");
        Assert.Equal("London Borough of Barnet", letter.GetProperty("authority").GetString());
        Assert.Equal(letter.GetProperty("pairs").GetArrayLength(), body.GetProperty("marks").GetArrayLength());
        var question = letter.GetProperty("pairs")[0].GetProperty("question").GetString()!;
        var marked = body.GetProperty("marks")[0].GetProperty("question").EnumerateArray()
            .Select(m => question[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()].ToLowerInvariant()).ToList();
        Assert.Contains(marked, w => w.StartsWith("recognition", StringComparison.Ordinal));
        Assert.All(marked, w => Assert.DoesNotContain(' ', w));
    }

    [Fact]
    public async Task Letter_UnknownReference_Returns404Problem()
    {
        using var response = await _client.GetAsync("/api/letters/NO-SUCH-REF");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Authorities_ListsLettersPerAuthorityWithDates()
    {
        var body = await GetJsonAsync("/api/authorities");

        Assert.Equal(52, body.GetProperty("letters").GetInt32());
        var barnet = body.GetProperty("authorities").EnumerateArray().Single(a => a.GetProperty("authority").GetString() == "London Borough of Barnet");
        Assert.True(barnet.GetProperty("letters").GetInt32() >= 3);
        Assert.Equal("2019-08-27", barnet.GetProperty("earliest").GetString());
    }

    [Fact]
    public async Task Healthz_IndexOpen_ReportsOk()
    {
        var body = await GetJsonAsync("/healthz");

        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(52, body.GetProperty("letters").GetInt32());
    }

    [Fact]
    public async Task Ask_Question_AnswersCitingALetter()
    {
        var body = await GetJsonAsync("/api/ask?q=Does%20Barnet%20use%20facial%20recognition%3F");

        Assert.Equal("No", body.GetProperty("verdict").GetString());
        Assert.Contains(body.GetProperty("citations").EnumerateArray(), c => c.GetProperty("authority").GetString() == "London Borough of Barnet");
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryApiEndpoint()
    {
        var body = await GetJsonAsync("/openapi/v1.json");

        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/ask", paths);
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/check", paths);
        Assert.Contains("/api/authorities", paths);
        Assert.Contains("/healthz", paths);
        Assert.Contains(paths, p => p.StartsWith("/api/letters/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_Served_ForbidsInlineAndForeignScript()
    {
        using var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/app.js")).StatusCode);
    }

    [Fact]
    public async Task Api_CrossOriginRequest_GetsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/authorities");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await _client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {raw}");
        return JsonBody.Parse(raw);
    }
}
