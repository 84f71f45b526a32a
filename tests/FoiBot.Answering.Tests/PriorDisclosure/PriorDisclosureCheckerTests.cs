using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Core.Text;

namespace FoiBot.Answering.Tests.PriorDisclosure;

public sealed class PriorDisclosureCheckerTests : IClassFixture<CorpusIndexFixture>
{
    private readonly CorpusIndexFixture _fixture;
    private readonly PriorDisclosureChecker _checker;

    public PriorDisclosureCheckerTests(CorpusIndexFixture fixture)
    {
        _fixture = fixture;
        _checker = new PriorDisclosureChecker(fixture.Index, AuthorityCatalog.Default, new AnswerOptions());
    }

    [Fact]
    public void Check_BarnetFacialRecognitionAndCctv_FindsBothLettersAndFlagsADuplicate()
    {
        var check = _checker.Check("1. Does the council use facial recognition? 2. How many CCTV cameras do you operate?", "Barnet", CancellationToken.None);

        Assert.Equal("London Borough of Barnet", check.Authority);
        Assert.Equal(2, check.Questions.Count);
        Assert.True(check.LikelyDuplicate);
        var refs = check.Questions.SelectMany(q => q.Matches).Select(m => m.Ref).ToList();
        Assert.Contains("5576276", refs);
        Assert.Contains("16336160", refs);
        Assert.All(check.Questions, q => Assert.NotEmpty(q.Matches));
    }

    [Fact]
    public void Check_AuthorityNamedInTheRequest_IsTheTarget()
    {
        var check = _checker.Check("Dear Barnet Council,\n\n1. Does the council use facial recognition?", null, CancellationToken.None);

        Assert.Equal("London Borough of Barnet", check.Authority);
        Assert.Equal("London Borough of Barnet", check.Questions[0].DuplicateOf?.Authority);
    }

    [Fact]
    public void Check_TopicNoLetterCovers_HasNoStrongMatchAndNoDuplicate()
    {
        var check = _checker.Check("1. How many giraffes live in the council's zoo?", "Barnet", CancellationToken.None);

        Assert.False(check.LikelyDuplicate);
        Assert.DoesNotContain(check.Questions.SelectMany(q => q.Matches), m => m.Strength == MatchStrength.Strong);
    }

    [Fact]
    public void Check_MatchesOfEachQuestion_AreStrongestFirstWithVerbatimQuotes()
    {
        var check = _checker.Check("How many CCTV cameras do you operate?", null, CancellationToken.None);

        var matches = Assert.Single(check.Questions).Matches;
        Assert.NotEmpty(matches);
        Assert.Equal(matches.OrderByDescending(m => m.Strength).Select(m => m.Strength), matches.Select(m => m.Strength));
        Assert.All(matches, m => Assert.InRange(m.Coverage, 0.34, 1.0));
        Assert.Contains(matches, m => m.Quote.Length > 0);
        Assert.All(matches, m =>
        {
            var pair = Assert.Single(_fixture.Index.FindLetter(m.Ref!)!.Pairs, p => p.Question == m.Question && p.Number == m.Number);
            Assert.True(QuotedSpan.OccursIn(m.Quote, pair.Answer), m.Quote);
        });
    }

    [Fact]
    public void Check_Cancelled_Throws()
    {
        Assert.Throws<OperationCanceledException>(() => _checker.Check("1. How many CCTV cameras?", null, new CancellationToken(canceled: true)));
    }
}
