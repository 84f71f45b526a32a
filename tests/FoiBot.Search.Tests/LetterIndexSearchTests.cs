namespace FoiBot.Search.Tests;

public sealed class LetterIndexSearchTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("FOI-1091-1718", "letter-wyp-1091")]
    [InlineData("foi-1091-1718", "letter-wyp-1091")]
    [InlineData("5576276", "letter-leeds-5576276")]
    [InlineData("FOI352248676", "letter-leeds-352248676")]
    [InlineData("what did IR-0042/23 say?", "letter-wyp-1091")]
    public void Search_ReferenceInText_RanksThatLetterFirst(string text, string letterId)
    {
        var hits = _index.Search(text);

        Assert.Equal(letterId, hits[0].LetterId);
    }

    [Fact]
    public void Search_ReferenceGivenSeparately_RanksThatLetterAboveBetterTextMatches()
    {
        var hits = _index.Index.Search(new PassageQuery { Text = "facial recognition", References = ["IM-FOI-2021-2345"] });

        Assert.Equal("letter-ps-2021", hits[0].LetterId);
        Assert.Contains(hits, h => h.LetterId == "letter-wyp-1091");
    }

    [Fact]
    public void Search_PartOfAReference_DoesNotMatchItAsAReference()
    {
        var hits = _index.Search("1091");

        Assert.Empty(hits);
    }

    [Fact]
    public void Search_AuthorityFilter_ExcludesOtherAuthorities()
    {
        var hits = _index.Search("facial recognition", authority: "West Yorkshire Police");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("West Yorkshire Police", h.Letter.Authority));
    }

    [Fact]
    public void Search_AuthorityFilterInOtherCase_MatchesTheWholeName()
    {
        Assert.NotEmpty(_index.Search("facial recognition", authority: "police scotland"));
        Assert.Empty(_index.Search("facial recognition", authority: "Police"));
    }

    [Fact]
    public void Search_LetterWithoutAuthority_FoundWithoutFilterButNeverWithOne()
    {
        Assert.Contains(_index.Search("face recognition cameras"), h => h.LetterId == "letter-unknown");
        Assert.Contains(_index.Search("face recognition cameras", authority: " "), h => h.LetterId == "letter-unknown");
        Assert.DoesNotContain(_index.Search("face recognition cameras", authority: "Leeds City Council"), h => h.LetterId == "letter-unknown");
    }

    [Fact]
    public void Search_FaceRecognition_FindsFacialRecognitionPassages()
    {
        var letters = _index.Search("face recognition").Select(h => h.LetterId).ToList();

        Assert.Contains("letter-wyp-1091", letters);
        Assert.Contains("letter-ps-2021", letters);
    }

    [Fact]
    public void Search_FacialRecognition_FindsFaceRecognitionPassage()
    {
        var letters = _index.Search("facial recognition").Select(h => h.LetterId);

        Assert.Contains("letter-unknown", letters);
    }

    [Fact]
    public void Search_ChestCameras_FindsBodyWornCameras()
    {
        var hits = _index.Search("Do wardens wear chest cameras?");

        Assert.Equal("letter-leeds-5576276", hits[0].LetterId);
    }

    [Fact]
    public void Search_OneWordOfAPhraseSynonym_DoesNotStandForTheNextWord()
    {
        // "loo" expands to "public convenience"; "convenience" must not count as a match for "opening".
        var hits = _index.Search("loo opening");

        var toilets = Assert.Single(hits);
        Assert.Equal("letter-leeds-352248676", toilets.LetterId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!... ,,, --- ")]
    [InlineData("the of and to it is was")]
    [InlineData("AND OR NOT")]
    [InlineData("title:\"unclosed (( [1 TO *] ~2 ^3 \\ / *?")]
    public void Search_NothingSearchable_ReturnsNoHits(string text)
    {
        Assert.Empty(_index.Search(text));
    }

    [Fact]
    public void Search_PastedTextWithThousandsOfWordsAndNumbers_StillAnswers()
    {
        var pasted = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i} REF-{i:D5} toilets"));

        var hits = _index.Search(pasted);

        Assert.Equal("letter-leeds-352248676", hits[0].LetterId);
    }

    [Fact]
    public void Search_QuerySyntaxAroundRealWords_StillSearchesTheWords()
    {
        var hits = _index.Search("toilets:(\"public\" AND ^maintain~)");

        Assert.Equal("letter-leeds-352248676", hits[0].LetterId);
    }

    [Fact]
    public void Search_Hit_CarriesTheWholeLetterAndItsPair()
    {
        var hit = _index.Search("arrests deployments")[0];

        Assert.Equal("letter-wyp-1091", hit.LetterId);
        Assert.Equal(1, hit.PairIndex);
        Assert.Same(hit.Letter.Pairs[1], hit.Pair);
        Assert.Equal("2a", hit.Pair.Number);
        Assert.Equal(2, hit.Letter.Diagnostics.Count);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_QuestionMatch_OutranksAnswerOnlyMatch()
    {
        // "software" is in the West Yorkshire question only; "currently" in the Police Scotland answer only.
        var hits = _index.Search("software currently");

        Assert.Equal(["letter-wyp-1091", "letter-ps-2021"], hits.Select(h => h.LetterId));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(2, 2)]
    public void Search_Limit_CapsTheNumberOfHits(int limit, int expected)
    {
        var hits = _index.Index.Search(new PassageQuery { Text = "facial face recognition cameras", Limit = limit });

        Assert.Equal(expected, hits.Count);
    }

    public void Dispose() => _index.Dispose();
}
