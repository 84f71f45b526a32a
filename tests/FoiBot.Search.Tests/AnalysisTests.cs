namespace FoiBot.Search.Tests;

public sealed class AnalysisTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void Analyze_SentenceWithStopWordsAndPossessive_GivesStemsWithGapsAndOffsets()
    {
        var tokens = _index.Index.Analyze("The council's cameras");

        Assert.Equal(
            [new AnalyzedToken("council", 1, 4, 13), new AnalyzedToken("camera", 2, 14, 21)],
            tokens);
    }

    [Fact]
    public void Analyze_SynonymPhrase_AddsNoSynonyms()
    {
        var tokens = _index.Index.Analyze("chest cameras");

        Assert.Equal(["chest", "camera"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void AnalyzeQuery_PhraseSynonym_SitsOnTheWordItReplacesAsOnePhraseTerm()
    {
        var tokens = _index.Index.AnalyzeQuery("chest cameras");

        Assert.Equal(["chest", "camera"], tokens.Where(t => !t.IsSynonym).Select(t => t.Term));
        Assert.Contains(tokens, t => t is { Term: "bodi worn camera", Position: 0, StartOffset: 0, EndOffset: 13, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "bodi worn camera", Position: 1, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "bodycam", Position: 1, IsSynonym: true });
        Assert.Equal([0, 1], tokens.Select(t => t.Position).Distinct());
    }

    [Fact]
    public void AnalyzeQuery_OneWordExpandingToAPhrase_KeepsThePhraseOffTheNextWord()
    {
        var tokens = _index.Index.AnalyzeQuery("PCN appeals");

        Assert.Equal(["appeal"], tokens.Where(t => t.Position == 1).Select(t => t.Term));
        Assert.Contains(tokens, t => t is { Term: "penalti charg notic", Position: 0, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "park ticket", Position: 0, IsSynonym: true });
    }

    [Fact]
    public void AnalyzeQuery_PhraseWithStopWord_StillExpands()
    {
        var tokens = _index.Index.AnalyzeQuery("Homes for Ukraine payments");

        Assert.Contains(tokens, t => t is { Term: "ukrainian sponsorship", Position: 0, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "ukrainian sponsorship", Position: 2, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "payment", Position: 3, IsSynonym: false });
    }

    [Fact]
    public void AnalyzeQuery_PhraseReplacedByOneWord_PutsTheWordOnEveryReplacedPosition()
    {
        var tokens = _index.Index.AnalyzeQuery("face recognition");

        Assert.Contains(tokens, t => t is { Term: "lfr", Position: 0, IsSynonym: true });
        Assert.Contains(tokens, t => t is { Term: "lfr", Position: 1, IsSynonym: true });
    }

    [Fact]
    public void InverseDocumentFrequency_RareTerm_WeighsMoreThanCommonTerm()
    {
        var common = _index.Index.InverseDocumentFrequency("facial");
        var rare = _index.Index.InverseDocumentFrequency("toilet");
        var unknown = _index.Index.InverseDocumentFrequency("zeppelin");

        Assert.True(rare > common, $"toilet {rare} should outweigh facial {common}");
        Assert.True(unknown > rare, $"an unseen term {unknown} should outweigh toilet {rare}");
    }

    [Fact]
    public void InverseDocumentFrequency_Phrase_IsTheSumOfItsWords()
    {
        var phrase = _index.Index.InverseDocumentFrequency("public toilet");

        Assert.Equal(
            _index.Index.InverseDocumentFrequency("public") + _index.Index.InverseDocumentFrequency("toilet"),
            phrase,
            precision: 9);
    }

    [Fact]
    public void InverseDocumentFrequency_TermInQuestionAndAnswerOfOnePassage_CountsThePassageOnce()
    {
        // "toilet" is in the question, answer ("conveniences" aside) and subject of one passage of six.
        var idf = _index.Index.InverseDocumentFrequency("toilet");

        Assert.Equal(Math.Log(1 + ((6 - 1 + 0.5) / (1 + 0.5))), idf, precision: 9);
    }

    public void Dispose() => _index.Dispose();
}
