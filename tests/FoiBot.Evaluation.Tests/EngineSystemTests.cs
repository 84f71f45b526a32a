using FoiBot.Answering;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Evaluation.Tests;

/// <summary>FoiBot's verdict, shown text and quotes as the evaluation reads them, from a real index of three small letters.</summary>
public sealed class EngineSystemTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _index;
    private readonly CitedOutcomes _outcomes;

    public EngineSystemTests()
    {
        var corpus = _folder.Combine("corpus");
        SmallLetters.WriteTo(corpus);
        _outcomes = new CitedOutcomes(CorpusIndex.Load([corpus], _folder.Path).Letters.Select(l => l.Disclosure));
        _index = CorpusIndex.Build(_folder.Combine("index"), [corpus], _folder.Path);
    }

    [Fact]
    public async Task RespondAsync_RefusalRestingOnNeitherConfirmNorDeny_IsNcnd()
    {
        var response = await Respond(new EngineSystem(Engine(), outcomes: _outcomes), "Does West Yorkshire Police use covert drones?");

        Assert.Equal(VerdictLabels.Ncnd, response.Verdict);
        Assert.StartsWith("Neither confirmed nor denied.", response.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_WithoutTheLettersOutcomes_IsTheNcndTheUserSees()
    {
        var response = await Respond(new EngineSystem(Engine()), "Does West Yorkshire Police use covert drones?");

        Assert.Equal(VerdictLabels.Ncnd, response.Verdict);
    }

    [Fact]
    public async Task RespondAsync_YesAnswer_GivesItsVerdictAndQuotesWithTheirQuestions()
    {
        var response = await Respond(new EngineSystem(Engine(), outcomes: _outcomes), "Does Leeds City Council use ANPR cameras?");

        Assert.Equal(VerdictLabels.Yes, response.Verdict);
        var quote = Assert.Single(response.Quotes);
        Assert.Equal("Does the council use ANPR cameras?", quote.Question);
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge(quote.Quote, quote.Question));
    }

    [Fact]
    public async Task RespondAsync_FigureAnswer_ShowsTheFigureInTheAnswerText()
    {
        var response = await Respond(new EngineSystem(Engine(), outcomes: _outcomes), "How many penalty charge notices did Leeds issue from ANPR cameras in 2023?");

        Assert.Equal(VerdictLabels.Answered, response.Verdict);
        Assert.True(KeyFigure.IsShown("29106", response.Shown), response.Shown);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private ExtractiveAnswerEngine Engine() => new(_index, AuthorityCatalog.Default, new AnswerOptions());

    private static Task<SystemResponse> Respond(EngineSystem system, string question) =>
        system.RespondAsync(new EvalQuestion { Id = "q", Question = question, GoldRefs = [] }, CancellationToken.None);
}
