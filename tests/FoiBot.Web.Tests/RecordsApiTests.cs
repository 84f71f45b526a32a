using System.Net;
using System.Net.Http.Json;

namespace FoiBot.Web.Tests;

/// <summary>The officer's records: a check grouped and as CSV, search results as CSV, and /api/stats.</summary>
public sealed class RecordsApiTests(StaffServer server) : IClassFixture<StaffServer>
{
    private const string FacialRecognition = "Does the council use facial recognition technology on its CCTV cameras?";
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Check_QuestionBarnetAnsweredTwice_GroupsTheEarlierLettersAndListsOthersElsewhere()
    {
        using var response = await _client.PostAsJsonAsync("/api/check", new { text = FacialRecognition, authority = "Barnet" });
        var question = (await JsonBody.ReadAsync(response)).GetProperty("questions")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asked = question.GetProperty("askedBefore");
        Assert.Equal(2, asked.GetProperty("count").GetInt32());
        Assert.Equal("2019-08-27", asked.GetProperty("first").GetString());
        Assert.Equal("2026-01-16", asked.GetProperty("last").GetString());
        Assert.All(question.GetProperty("matches").EnumerateArray(), m => Assert.Equal("London Borough of Barnet", m.GetProperty("authority").GetString()));
        Assert.Contains(question.GetProperty("elsewhere").EnumerateArray(), m => m.GetProperty("authority").GetString() == "Coventry City Council");
    }

    [Fact]
    public async Task Check_FormatCsv_SendsACsvFileWithARowPerEarlierLetter()
    {
        using var response = await _client.PostAsJsonAsync("/api/check?format=csv", new { text = FacialRecognition, authority = "Barnet" });
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("foibot-check.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("question_number,question,asked_before,where,authority,ref,date", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",2,own,London Borough of Barnet,5576276,2019-08-27,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",elsewhere,Coventry City Council,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FormatCsv_SendsTheResultsAsCsv()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=facial%20recognition&authority=Barnet&format=csv", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("authority,ref,date,question_number,question,answer,outcome", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("London Borough of Barnet,5576276,2019-08-27", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=cctv&format=xml")]
    [InlineData("/api/stats?from=last%20year")]
    public async Task Records_BadFormatOrDate_Returns400Problem(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stats_AllLetters_CountsByAuthorityOutcomeAndExemption()
    {
        var stats = JsonBody.Parse(await _client.GetStringAsync(new Uri("/api/stats", UriKind.Relative)));

        var letters = stats.GetProperty("letters").GetInt32();
        Assert.Equal(letters, stats.GetProperty("byAuthority").EnumerateArray().Sum(a => a.GetProperty("count").GetInt32()));
        Assert.Equal(letters, stats.GetProperty("byOutcome").EnumerateArray().Sum(a => a.GetProperty("count").GetInt32()));
        Assert.Contains(stats.GetProperty("byAuthority").EnumerateArray(), a => a.GetProperty("name").GetString() == "London Borough of Barnet");
        Assert.NotEmpty(stats.GetProperty("byExemption").EnumerateArray());
    }

    [Fact]
    public async Task Stats_DateRange_CountsOnlyLettersAnsweredInIt()
    {
        var all = JsonBody.Parse(await _client.GetStringAsync(new Uri("/api/stats", UriKind.Relative)));
        var january2026 = JsonBody.Parse(await _client.GetStringAsync(new Uri("/api/stats?from=2026-01-01&to=2026-01-31", UriKind.Relative)));

        Assert.InRange(january2026.GetProperty("letters").GetInt32(), 1, all.GetProperty("letters").GetInt32() - 1);
        Assert.Equal("2026-01-01", january2026.GetProperty("from").GetString());
        Assert.Contains(january2026.GetProperty("byAuthority").EnumerateArray(), a => a.GetProperty("name").GetString() == "London Borough of Barnet");
    }
}
