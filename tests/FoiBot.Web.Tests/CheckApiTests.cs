using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace FoiBot.Web.Tests;

public sealed class CheckApiTests : IClassFixture<StaffServer>
{
    private readonly HttpClient _client;

    public CheckApiTests(StaffServer server) => _client = server.Client;

    [Fact]
    public async Task Check_BarnetRequest_SplitsQuestionsFindsPriorLettersAndWarns()
    {
        using var response = await _client.PostAsJsonAsync("/api/check", new
        {
            text = "1. Does the council use facial recognition? 2. How many CCTV cameras do you operate?",
            authority = "Barnet",
        });
        var body = await JsonBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("likelyDuplicate").GetBoolean());
        var questions = body.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(2, questions.Count);
        var refs = questions.SelectMany(q => q.GetProperty("matches").EnumerateArray()).Select(m => m.GetProperty("ref").GetString()).ToList();
        Assert.Contains("5576276", refs);
        Assert.Contains("16336160", refs);
        Assert.Equal("London Borough of Barnet", questions[0].GetProperty("duplicateOf").GetProperty("authority").GetString());
        Assert.Equal("Strong", questions[0].GetProperty("matches")[0].GetProperty("strength").GetString());
    }

    [Fact]
    public async Task Check_BodyOverTheLimit_Returns413Problem()
    {
        var text = new string('a', (int)new WebOptions().MaxRequestBodyBytes + 1);

        using var response = await _client.PostAsJsonAsync("/api/check", new { text });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("not json")]
    [InlineData("{\"text\": 42}")]
    public async Task Check_MalformedJson_Returns400Problem(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/check", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Check_NoText_Returns400ProblemNamingText()
    {
        using var response = await _client.PostAsJsonAsync("/api/check", new { authority = "Barnet" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Check_HostileRequestText_IsEchoedAsEscapedJson()
    {
        using var response = await _client.PostAsJsonAsync("/api/check", new { text = "1. Do you hold records about marmalade sandwiches <script>alert(3)</script>?" });
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HostileLetter.Reference, raw, StringComparison.Ordinal);
    }
}
