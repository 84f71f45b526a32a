using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests.PriorDisclosure;

/// <summary>
/// Real requests (Requests/SOURCES.md) checked against the bundled letters: the authority's own earlier answer comes
/// first and Strong whatever its wording, other authorities' answers are elsewhere, and repeats are grouped.
/// </summary>
public sealed class OwnEarlierAnswerTests(CorpusIndexFixture fixture) : IClassFixture<CorpusIndexFixture>
{
    private const string Barnet = "London Borough of Barnet";
    private readonly PriorDisclosureChecker _checker = new(fixture.Index, AuthorityCatalog.Default, new AnswerOptions());

    [Fact]
    public void Check_TypedFacialRecognitionQuestionForBarnet_GivesBarnetsTwoLettersFirstAndStrong()
    {
        var check = _checker.Check("Does the council use facial recognition technology on its CCTV cameras?", "Barnet", CancellationToken.None);

        var question = Assert.Single(check.Questions);
        Assert.Equal(["16336160", "5576276"], question.Matches.Take(2).Select(m => m.Ref));
        Assert.All(question.Matches.Take(2), m => Assert.Equal(MatchStrength.Strong, m.Strength));
        Assert.All(question.Matches, m => Assert.Equal(Barnet, m.Authority));
        Assert.Contains(question.Elsewhere, m => m.Authority == "Coventry City Council");
        Assert.DoesNotContain(question.Elsewhere, m => m.Authority == Barnet);
    }

    [Fact]
    public void Check_TypedFacialRecognitionQuestionForBarnet_GroupsTheTwoEarlierAnswers()
    {
        var asked = Assert.Single(_checker.Check("Does the council use facial recognition technology on its CCTV cameras?", "Barnet", CancellationToken.None).Questions).AskedBefore;

        Assert.NotNull(asked);
        Assert.Equal(2, asked.Count);
        Assert.Equal(new DateOnly(2019, 8, 27), asked.First);
        Assert.Equal(new DateOnly(2026, 1, 16), asked.Last);
        Assert.Equal(["16336160", "5576276"], asked.Letters.Select(m => m.Ref));
        Assert.Equal(2, asked.Outcomes.Sum(o => o.Count));
    }

    [Theory]
    [InlineData("09-barnet-facial-recognition-2020.txt", 1)]
    [InlineData("10-barnet-facial-recognition-2019.txt", 2)]
    public void Check_RealFacialRecognitionRequestToBarnet_FindsBarnetsOwnAnswerFirstAndStrong(string file, int questionNumber)
    {
        var check = _checker.Check(Request(file), "Barnet", CancellationToken.None);

        var question = check.Questions.Single(q => q.Number == questionNumber);
        Assert.Equal(Barnet, question.Matches[0].Authority);
        Assert.Equal(MatchStrength.Strong, question.Matches[0].Strength);
        Assert.Equal(Barnet, question.DuplicateOf?.Authority);
    }

    [Fact]
    public void Check_RealRequestResentToMoray_FindsTheEarlierLetterFirstAndStrongForEveryQuestion()
    {
        var check = _checker.Check(Request("02-moray-cctv-2016.txt"), "Moray", CancellationToken.None);

        Assert.Equal(6, check.Questions.Count);
        Assert.All(check.Questions, q =>
        {
            Assert.Equal("101001461782", q.Matches[0].Ref);
            Assert.Equal(MatchStrength.Strong, q.Matches[0].Strength);
        });
        var cameras = check.Questions[1].AskedBefore;
        Assert.NotNull(cameras);
        Assert.True(cameras.Count >= 2, $"asked {cameras.Count} times");
        Assert.Contains("101001461782", cameras.Letters.Select(m => m.Ref));
    }

    [Fact]
    public void Check_NoAuthority_ListsEveryAuthorityTogetherAndNothingElsewhere()
    {
        var question = Assert.Single(_checker.Check("Does the council use facial recognition technology on its CCTV cameras?", null, CancellationToken.None).Questions);

        Assert.Empty(question.Elsewhere);
        Assert.Contains(question.Matches, m => m.Authority == Barnet);
        Assert.Contains(question.Matches, m => m.Authority == "Coventry City Council");
    }

    private static string Request(string file) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "FoiBot.Answering.Tests", "PriorDisclosure", "Requests", file));
}
