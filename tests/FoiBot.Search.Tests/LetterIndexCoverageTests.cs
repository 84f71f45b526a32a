using FoiBot.Core;

namespace FoiBot.Search.Tests;

public sealed class LetterIndexCoverageTests
{
    [Fact]
    public void Authorities_SampleLetters_CountsLettersAndDateSpansByName()
    {
        using var index = new TestIndex();

        Assert.Equal(
            [
                new AuthorityCoverage("Leeds City Council", 2, new DateOnly(2022, 3, 1), new DateOnly(2024, 1, 15)),
                new AuthorityCoverage("Police Scotland", 1, new DateOnly(2021, 11, 30), new DateOnly(2021, 11, 30)),
                new AuthorityCoverage("West Yorkshire Police", 1, new DateOnly(2023, 5, 10), new DateOnly(2023, 5, 10)),
            ],
            index.Index.Authorities);
    }

    [Fact]
    public void Authorities_LettersWithoutDates_HaveNoSpan()
    {
        var undated = new IndexedLetter("letter-undated", new Disclosure { Source = "a.txt", Authority = "Bristol City Council" });
        var alsoUndated = new IndexedLetter("letter-undated-2", new Disclosure { Source = "b.txt", Authority = "bristol city council" });

        using var index = new TestIndex([undated, alsoUndated]);

        Assert.Equal([new AuthorityCoverage("Bristol City Council", 2, null, null)], index.Index.Authorities);
    }

    [Fact]
    public void Authorities_EmptyIndex_IsEmpty()
    {
        using var index = new TestIndex([]);

        Assert.Empty(index.Index.Authorities);
        Assert.Equal((0, 0), (index.Index.LetterCount, index.Index.PassageCount));
        Assert.Empty(index.Index.Search(new PassageQuery { Text = "anything at all" }));
    }
}
