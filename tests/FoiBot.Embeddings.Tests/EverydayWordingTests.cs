using FoiBot.Answering;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Embeddings.Tests;

/// <summary>
/// With the real model, a question in everyday words is answered from the letter the index found but whose words it
/// barely shares, and the quote is that letter's sentence likest the question; without the model the engine abstains.
/// </summary>
public sealed class EverydayWordingTests : IClassFixture<MiniLmFixture>, IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _index;
    private readonly ExtractiveAnswerEngine _withModel;
    private readonly ExtractiveAnswerEngine _wordsOnly;

    public EverydayWordingTests(MiniLmFixture model)
    {
        IndexedLetter[] letters =
        [
            Letter("h1", "barnet-voids.txt", "Please provide the average void period for council dwellings.",
                "Thank you for your request. Our lettings team let 1,200 homes last year. The average time a council property stood void between tenancies was 97 days in 2023/24."),
            Letter("h2", "barnet-parking.txt", "How many penalty charge notices were issued in 2023/24?",
                "The council issued 29,106 penalty charge notices in 2023/24."),
            Letter("h3", "barnet-trees.txt", "How many street trees did the council plant last year?",
                "We planted 1,250 street trees in the 2023/24 planting season."),
        ];
        LetterIndexBuilder.Build(_folder.Path, letters, new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        _index = LetterIndex.Open(_folder.Path);
        _withModel = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions(), model.Embedder);
        _wordsOnly = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions());
    }

    private const string Everyday = "How long do Barnet council homes sit empty between tenants?";

    [Fact]
    public void Answer_EverydayWordsTheLetterDoesNotUse_AnswersFromItWithTheModelOnly()
    {
        Assert.True(_wordsOnly.Answer(Everyday).Abstained);

        var answer = _withModel.Answer(Everyday);

        Assert.False(answer.Abstained);
        Assert.Equal("barnet-voids.txt", Assert.Single(answer.Citations).Source);
    }

    [Fact]
    public void Answer_ModelNamedOnlyInTheSettings_IsLoadedByNameAndUsed()
    {
        var engine = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions { Embeddings = "MiniLM" });

        Assert.False(engine.Answer(Everyday).Abstained);
    }

    [Fact]
    public void Answer_LiftedPassage_QuotesItsSentenceLikestTheQuestion()
    {
        var answer = _withModel.Answer(Everyday);

        Assert.Contains("The average time a council property stood void between tenancies was 97 days in 2023/24.", Assert.Single(answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AnotherYearThanTheLetters_StillAbstains()
    {
        Assert.True(_withModel.Answer("How long did Barnet council homes sit empty between tenants in 2015?").Abstained);
    }

    private static IndexedLetter Letter(string hash, string source, string question, string answer) =>
        new(hash, new Disclosure
        {
            Source = source,
            Authority = "London Borough of Barnet",
            ResponseDate = new DateOnly(2024, 6, 1),
            Pairs = [new QaPair { Question = question, Answer = answer, Outcome = Outcome.Answered }],
        });

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
