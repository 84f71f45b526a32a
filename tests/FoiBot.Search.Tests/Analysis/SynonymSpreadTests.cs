using FoiBot.Search.Analysis;

namespace FoiBot.Search.Tests.Analysis;

/// <summary>A query's synonyms stand on every word they replace, once each, however often the phrase repeats.</summary>
public sealed class SynonymSpreadTests
{
    private static readonly FoiTextAnalyzer s_query = new(SynonymFile.LoadEmbedded(new FoiTextAnalyzer()));

    [Fact]
    public void Read_PhraseWithASynonym_PutsItOnEachWordItReplaces()
    {
        var tokens = TokenReader.Read(s_query, "face recognition cameras");

        var lfr = tokens.Where(t => t.Term == "lfr").Select(t => t.Position).ToList();
        Assert.Equal([0, 1], lfr);
        Assert.Equal(2, tokens.Single(t => t.Term == "camera").Position);
    }

    [Fact]
    public void Read_PhraseRepeatedAThousandTimes_EachWordHoldsEachSynonymOnce()
    {
        var tokens = TokenReader.Read(s_query, string.Join(' ', Enumerable.Repeat("face recognition", 1000)));

        Assert.Equal(tokens.Count, tokens.Select(t => (t.Term, t.Position)).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 2000), tokens.Where(t => t.Term == "lfr").Select(t => t.Position));
        Assert.Equal(tokens.OrderBy(t => t.Position).ThenBy(t => t.IsSynonym).Select(t => (t.Term, t.Position)), tokens.Select(t => (t.Term, t.Position)));
    }
}
