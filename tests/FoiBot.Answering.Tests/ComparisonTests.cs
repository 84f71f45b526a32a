namespace FoiBot.Answering.Tests;

/// <summary>A question naming two authorities is answered for each from its own letters, over the real corpus.</summary>
public sealed class ComparisonTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public void Answer_TwoCouncilsNamed_CitesEachCouncilsOwnLetter()
    {
        var answer = corpus.Engine.Answer("How much pothole compensation did Devon and Moray pay?");

        Assert.False(answer.Abstained);
        Assert.Contains(answer.Citations, c => c.Authority == "Devon County Council");
        Assert.Contains(answer.Citations, c => c.Authority == "Moray Council");
    }

    [Fact]
    public void Answer_OneOfTwoCouncilsWithoutAnAnswer_SaysSoBesideTheOthersAnswer()
    {
        var answer = corpus.Engine.Answer("How much pothole compensation did Devon and Wokingham pay?");

        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.Equal("Devon County Council", c.Authority));
        Assert.Contains("No letter from Wokingham Borough Council answers this.", answer.Text, StringComparison.Ordinal);
    }
}
