using FoiBot.Core;
using FoiBot.Search.Querying;
using FoiBot.Testing;

namespace FoiBot.Search.Tests;

/// <summary>
/// A wide search leans on the question's rarer words: passages holding only common words drop out, and the passages
/// kept score exactly as before. The sizes are lowered so a small index counts as wide.
/// </summary>
public sealed class WideSearchTests : IDisposable
{
    /// <summary>Every passage is wide; a word in more than a third of the passages is common.</summary>
    private static readonly WideSearchRules s_small = new() { WideAbove = 0, CommonShare = 0.34, MinCommonPassages = 0, MinLeadingPassages = 1 };

    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _plain;
    private readonly LetterIndex _wide;

    public WideSearchTests()
    {
        // "council" and "spend" are in every passage; "cctv" in two; "drones" in one letter of Narnia's.
        IndexedLetter[] letters =
        [
            Letter("a", "Gotham Council", "REF-100", "How much does the council spend on CCTV cameras?", "The council spends 40,000 pounds on CCTV."),
            Letter("b", "Gotham Council", "REF-101", "How much does the council spend on CCTV maintenance?", "We hold no figure."),
            Letter("c", "Gotham Council", "REF-102", "How much does the council spend on parks?", "The council spends 2 million pounds on parks."),
            Letter("d", "Narnia Council", "REF-200", "How much does the council spend on drones?", "The council spends nothing on drones."),
            Letter("e", "Narnia Council", "REF-201", "How much does the council spend on libraries?", "The council spends 1 million pounds."),
            Letter("f", "Narnia Council", "REF-202", "How much does the council spend on roads?", "The council spends 5 million pounds."),
        ];
        LetterIndexBuilder.Build(_folder.Path, letters, new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        _plain = LetterIndex.Open(_folder.Path);
        _wide = LetterIndex.Open(_folder.Path, s_small);
    }

    [Fact]
    public void Search_WideWithARareWord_KeepsOnlyPassagesHoldingItWithUnchangedScores()
    {
        var query = new PassageQuery { Text = "council spend cctv" };

        var plain = _plain.Search(query);
        var wide = _wide.Search(query);

        Assert.Equal(6, plain.Count);
        Assert.Equal(["a", "b"], wide.Select(h => h.LetterId));
        foreach (var hit in wide)
        {
            Assert.Equal(plain.Single(p => p.LetterId == hit.LetterId).Score, hit.Score, 4);
        }
    }

    [Fact]
    public void Search_WideWithOnlyCommonAndUnknownWords_ReadsEveryWord()
    {
        var query = new PassageQuery { Text = "council spend zyxwv" };

        Assert.Equal(_plain.Search(query).Select(h => h.LetterId), _wide.Search(query).Select(h => h.LetterId));
    }

    [Fact]
    public void Search_RareWordsOnlyWhenWide_RanksByTheRareWordsAndFindsNothingWithoutOne()
    {
        Assert.Equal(["d"], _wide.Search(new PassageQuery { Text = "council spend drones", RareWordsOnly = true }).Select(h => h.LetterId));
        Assert.Empty(_wide.Search(new PassageQuery { Text = "council spend", RareWordsOnly = true }));
    }

    [Fact]
    public void Search_RareWordsOnlyInAnIndexTooSmallToBeWide_ChangesNothing()
    {
        var query = new PassageQuery { Text = "council spend" };

        Assert.Equal(
            _plain.Search(query).Select(h => (h.LetterId, h.Score)),
            _plain.Search(query with { RareWordsOnly = true }).Select(h => (h.LetterId, h.Score)));
    }

    [Fact]
    public void Search_WideWithANamedReferenceAndOnlyCommonWords_TheReferenceLeadsAlone()
    {
        var hits = _wide.Search(new PassageQuery { Text = "council spend REF-201" });

        Assert.Equal(["e"], hits.Select(h => h.LetterId));
    }

    [Fact]
    public void Search_OnlyReferences_KeepsThePassagesOfTheNamedLettersAlone()
    {
        var hits = _plain.Search(new PassageQuery { Text = "council spend", References = ["ref-101", "REF-202"], OnlyReferences = true });

        Assert.Equal(["b", "f"], hits.Select(h => h.LetterId).Order(StringComparer.Ordinal));
        Assert.Empty(_plain.Search(new PassageQuery { Text = "council spend", OnlyReferences = true }));
    }

    public void Dispose()
    {
        _plain.Dispose();
        _wide.Dispose();
        _folder.Dispose();
    }

    private static IndexedLetter Letter(string id, string authority, string reference, string question, string answer) =>
        new(id, new Disclosure
        {
            Source = id + ".txt",
            Authority = authority,
            References = [reference],
            ResponseDate = new DateOnly(2024, 1, 1),
            Pairs = [new QaPair { Question = question, Answer = answer, Outcome = Outcome.Answered }],
        });
}
