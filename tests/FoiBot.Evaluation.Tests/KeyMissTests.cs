using FoiBot.Core;

namespace FoiBot.Evaluation.Tests;

/// <summary>Where a key the answer did not show was: the diagnosis a batch nobody may read still gives.</summary>
public sealed class KeyMissTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"keymiss-{Guid.NewGuid():N}.txt");
    private readonly CitedOutcomes _outcomes;

    public KeyMissTests()
    {
        File.WriteAllText(_file, "Dear Ms A\nThe council spent £4,250 on repairs.\nHow many potholes were filled?\nWe filled 812 potholes.\nThe budget was £90,000 in 2023.");
        _outcomes = new CitedOutcomes([new Disclosure
        {
            Source = _file,
            Pairs =
            [
                new QaPair { Question = "How many potholes were filled?", Answer = "We filled 812 potholes. Repairs took 3 days." },
                new QaPair { Question = "What was the budget?", Answer = "The budget was £90,000 in 2023." },
            ],
        }]);
    }

    [Theory]
    [InlineData("3 days", KeyMiss.InCitedPassage)]
    [InlineData("£90,000", KeyMiss.InCitedLetter)]
    [InlineData("£4,250", KeyMiss.DroppedByParser)]
    [InlineData("77 potholes", KeyMiss.NotInCitedLetter)]
    public void WhereIs_KeyMissingFromTheAnswer_SaysWhereInTheCitedLetterItIs(string key, string expected)
    {
        var citation = new Citation { Ref = null, Authority = "Barnet", Question = "How many potholes were filled?", Quote = "We filled 812 potholes.", Source = _file };

        Assert.Equal(expected, _outcomes.WhereIs(key, [citation]));
    }

    [Fact]
    public void Of_AbstainedOrNoGoldCited_ComesBeforeWhereTheSystemLooked()
    {
        var abstained = new SystemResponse(true, [], ["a.txt"]);
        var answered = new SystemResponse(false, ["b.txt"], ["b.txt"]) { KeyPlace = KeyMiss.InCitedLetter };

        Assert.Equal(KeyMiss.AbstainedGoldFirst, KeyMiss.Of(false, abstained, firstGoldRank: 1, goldCitations: 0));
        Assert.Equal(KeyMiss.Abstained, KeyMiss.Of(false, abstained, firstGoldRank: null, goldCitations: 0));
        Assert.Equal(KeyMiss.NoGoldCited, KeyMiss.Of(false, answered, firstGoldRank: 2, goldCitations: 0));
        Assert.Equal(KeyMiss.InCitedLetter, KeyMiss.Of(false, answered, firstGoldRank: 1, goldCitations: 1));
        Assert.Equal(KeyMiss.Unlocated, KeyMiss.Of(false, answered with { KeyPlace = null }, firstGoldRank: 1, goldCitations: 1));
        Assert.Null(KeyMiss.Of(true, answered, firstGoldRank: 1, goldCitations: 1));
    }

    public void Dispose() => File.Delete(_file);
}
