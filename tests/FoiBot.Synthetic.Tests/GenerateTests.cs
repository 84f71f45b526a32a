namespace FoiBot.Synthetic.Tests;

public sealed class GenerateTests
{
    [Fact]
    public void Generate_SameSeedAndNumber_SameLetter()
    {
        var first = SyntheticCorpus.Generate(3, 1234);
        var second = SyntheticCorpus.Generate(3, 1234);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(first.Pairs, second.Pairs);
    }

    [Fact]
    public void Generate_OutOfOrder_SameAsInOrder()
    {
        // A letter must not depend on which letters were made before it in the process (no shared generator state).
        var late = SyntheticCorpus.Generate(5, 40).Text;
        for (var number = 0; number < 40; number++)
        {
            SyntheticCorpus.Generate(5, number);
        }

        Assert.Equal(late, SyntheticCorpus.Generate(5, 40).Text);
    }

    [Fact]
    public void Generate_DifferentNumbers_DifferentTextsAndReferences()
    {
        var letters = Enumerable.Range(0, 300).Select(n => SyntheticCorpus.Generate(1, n)).ToList();

        Assert.Equal(300, letters.Select(l => l.Text).Distinct().Count());
        Assert.Equal(300, letters.Select(l => l.Reference).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Generate_NumbersNearIntMaxValue_KeepReferencesWholeAndUnique()
    {
        var letters = Enumerable.Range(0, 300).Select(k => SyntheticCorpus.Generate(1, int.MaxValue - k)).ToList();

        Assert.Equal(300, letters.Select(l => l.Reference).Distinct(StringComparer.Ordinal).Count());
        Assert.All(letters, l => Assert.DoesNotMatch(@"(^|[^A-Za-z0-9])-\d", l.Reference));
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentText()
    {
        Assert.NotEqual(SyntheticCorpus.Generate(1, 10).Text, SyntheticCorpus.Generate(2, 10).Text);
    }

    [Theory]
    [InlineData(0, "0000/letter-0000000.txt")]
    [InlineData(999, "0000/letter-0000999.txt")]
    [InlineData(1000, "0001/letter-0001000.txt")]
    [InlineData(999_999, "0999/letter-0999999.txt")]
    public void RelativePath_Number_ThousandLettersAFolder(int number, string expected)
    {
        Assert.Equal(expected, SyntheticCorpus.RelativePath(number));
        Assert.Equal(expected, SyntheticCorpus.Generate(1, number).RelativePath);
    }

    [Fact]
    public void Generate_ManyLetters_VaryInLayoutAuthorityTopicOutcomeAndLength()
    {
        var letters = Enumerable.Range(0, 3000).Select(n => SyntheticCorpus.Generate(1, n)).ToList();
        var sizes = letters.Select(l => System.Text.Encoding.UTF8.GetByteCount(l.Text)).Order().ToList();

        Assert.Equal(6, letters.Select(l => l.Layout).Distinct().Count());
        Assert.True(letters.Select(l => l.Topic).Distinct().Count() >= 60);
        Assert.True(letters.Select(l => l.Authority).Distinct().Count() >= 300);
        Assert.True(letters.Select(l => l.Outcome).Distinct().Count() >= 6);
        Assert.Contains(letters, l => l.ResponseDate is null);
        Assert.Contains(letters, l => l.Law == "EIR");

        // The real letters in corpus/ run from about 640 bytes to a few kilobytes, median about 1,900.
        Assert.InRange(sizes[0], 600, 1000);
        Assert.InRange(sizes[sizes.Count / 2], 1400, 2400);
        Assert.InRange(sizes[^1], 8000, 20_000);
    }

    [Fact]
    public void Generate_ManyLetters_FewAuthoritiesWriteMost()
    {
        var counts = Enumerable.Range(0, 3000).GroupBy(n => SyntheticCorpus.Generate(1, n).Authority).Select(g => g.Count()).OrderDescending().ToList();

        // Zipf-like: the busiest authority writes far more than a typical one.
        Assert.True(counts[0] > 100, $"busiest authority wrote {counts[0]}");
        Assert.True(counts[counts.Count / 2] < 10, $"median authority wrote {counts[counts.Count / 2]}");
    }
}
