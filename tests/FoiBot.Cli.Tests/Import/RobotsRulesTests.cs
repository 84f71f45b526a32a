using FoiBot.Import.Web;

namespace FoiBot.Cli.Tests.Import;

/// <summary>robots.txt read as RFC 9309 says, on Alaveteli's own rules: wildcards, '$', the longest rule deciding, and the agent's group.</summary>
public sealed class RobotsRulesTests
{
    private static readonly RobotsRules s_alaveteli = RobotsRules.Parse(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "FoiBot.Cli.Tests", "Import", "Recorded", "alaveteli", "robots.txt")), "FoiBot");

    [Theory]
    [InlineData("/feed/body/bristol_city_council", false)]
    [InlineData("/en/feed/body/bristol_city_council", false)]
    [InlineData("/search/cctv/all", false)]
    [InlineData("/request/cctv/response/901", false)]
    [InlineData("/request/101/response/901/attach/2/letter.pdf", true)]
    [InlineData("/body/bristol_city_council/view_email", false)]
    [InlineData("/body/bristol_city_council/view_email/more", true)]
    [InlineData("/request/cctv.json.jpg", false)]
    [InlineData("/request/cctv.json", true)]
    [InlineData("/body/bristol_city_council?page=2", true)]
    public void Allows_AlaveteliRules_AsTheLongestMatchingRuleSays(string path, bool allowed) =>
        Assert.Equal(allowed, s_alaveteli.Allows(new Uri("https://www.whatdotheyknow.com" + path)));

    [Fact]
    public void Allows_GroupNamingTheAgent_ReplacesTheStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: foibot\nUser-agent: OtherBot\nDisallow: /private # not for bots\n", "FoiBot");

        Assert.True(rules.Allows(new Uri("https://example.org/foi/1.html")));
        Assert.False(rules.Allows(new Uri("https://example.org/private/1.html")));
    }

    [Fact]
    public void Allows_EqualLengthAllowAndDisallow_AllowWins()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /foi/\nAllow: /foi/\n", "FoiBot");

        Assert.True(rules.Allows(new Uri("https://example.org/foi/1.html")));
    }

    [Fact]
    public void Allows_EmptyDisallow_AllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "FoiBot").Allows(new Uri("https://example.org/anything")));
}
