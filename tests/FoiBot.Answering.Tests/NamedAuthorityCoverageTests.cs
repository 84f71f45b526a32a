using FoiBot.Core.Authorities;

namespace FoiBot.Answering.Tests;

/// <summary>
/// A question naming an authority, in everyday words that share less with its letter than a passage normally must, is
/// answered from that authority's letters; over the bundled corpus.
/// </summary>
public sealed class NamedAuthorityCoverageTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private const string Question = "How many sick days did Wokingham Borough Council workers take off overall?";

    [Fact]
    public void Answer_NamedAuthorityInEverydayWords_IsAnsweredFromItsLetter()
    {
        var answer = corpus.Engine.Answer(Question);

        Assert.False(answer.Abstained);
        Assert.All(answer.Citations, c => Assert.Equal("Wokingham Borough Council", c.Authority));
    }

    [Fact]
    public void Answer_NamedAuthorityHeldToTheGeneralThreshold_Abstains()
    {
        var strict = new ExtractiveAnswerEngine(corpus.Index, AuthorityCatalog.Default, new AnswerOptions { NamedAuthorityMinCoverage = 0.5 });

        Assert.True(strict.Answer(Question).Abstained);
    }
}
