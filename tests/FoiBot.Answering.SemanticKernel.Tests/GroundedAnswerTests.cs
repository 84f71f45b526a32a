using System.Text.RegularExpressions;
using FoiBot.Core;
using FoiBot.Testing.FakeModel;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>
/// A fake model that misbehaves in each of issue 18's ways, answered and streamed over the bundled letters: the
/// user sees the extractive answer with the reason, never the invented fact; faithful replies carrying a figure, a
/// date, a reference and a name are shown as the model wrote them.
/// </summary>
public sealed partial class GroundedAnswerTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";

    public static TheoryData<string, string> Misbehaving => new()
    {
        { "Barnet uses live facial recognition at 40 sites across the borough and plans 25 more by 2027 [{n}].", "sentence 1 names 40, which no passage it cites holds" },
        { "Barnet wrote 'we deploy facial recognition at 40 sites' [{n}].", "the quote \"we deploy facial recognition at 40 sites\" is not in the letter it cites" },
        { "Yes: Barnet says it does \"used\" [{n}].", "the quote \"used\" is too short to stand for the letter" },
        { "Barnet does not use it [{n}]; the reference number is 999999 [{n}].", "sentence 1 names 999999, which no passage it cites holds" },
        { "Barnet answered FOI request number 888888 [{n}].", "sentence 1 names 888888, which no passage it cites holds" },
        { "Yes, Barnet uses facial recognition [{n}].", "its answer says yes where the letters' verdict is no" },
        { "Barnet uses it across the borough. It said so [{n}].", "sentence 1 cites no passage" },
    };

    [Theory]
    [MemberData(nameof(Misbehaving))]
    public async Task AnswerAsync_ModelCarriesAnInventedFact_ShowsTheExtractiveAnswerAndSaysWhy(string reply, string reason)
    {
        var answer = await AskAsync(reply, null);

        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Contains(reason, answer.Fallback, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Ref == "5576276");
        Assert.DoesNotContain("40", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Misbehaving))]
    public async Task StreamAsync_ModelCarriesAnInventedFact_ShowsNoneOfIt(string reply, string reason)
    {
        var shown = new List<string>();

        var answer = await AskAsync(reply, shown.Add);

        Assert.Empty(shown);
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Contains(reason, answer.Fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FaithfulReplyWithDateReferenceAndName_IsShownAsWritten()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"No: the London Borough of Barnet wrote on 27 August 2019 (ref 5576276) that facial recognition is “Not used.” [{NotUsed(r)}]"));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await engine.AnswerAsync(new AnswerRequest { Question = Question }, CancellationToken.None);

        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.Null(answer.Fallback);
        Assert.StartsWith("No: the London Borough of Barnet wrote on 27 August 2019", answer.Text, StringComparison.Ordinal);
        Assert.Equal("5576276", Assert.Single(answer.Citations).Ref);
    }

    [Fact]
    public async Task AnswerAsync_FaithfulReplyWithTheLettersFigure_IsShownAsWritten()
    {
        await using var server = await FakeModelServer.StartAsync();
        string? figure = null;
        server.Then(r =>
        {
            var passage = r.Passages.First(p => Figure().IsMatch(p.Answer));
            figure = Figure().Match(passage.Answer).Value;
            return new ModelStep.Say($"Moray's letter gives the figure {figure} [{passage.Number}].");
        });
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await engine.AnswerAsync(new AnswerRequest { Question = "How many public toilets does Moray have?" }, CancellationToken.None);

        Assert.True(answer.Engine == AnswerEngines.Llm, answer.Fallback);
        Assert.Contains(figure!, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AuthorityWithNoLetters_DeclinesWithoutAskingTheModel()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say($"Manchester does not use it [{NotUsed(r)}]."));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));

        var answer = await engine.AnswerAsync(new AnswerRequest { Question = "Does Manchester use facial recognition?" }, CancellationToken.None);

        Assert.Empty(server.Requests);
        Assert.True(answer.Abstained);
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Empty(answer.Citations);
        Assert.Contains("no letters from Manchester", answer.Text, StringComparison.Ordinal);
        Assert.Contains("no letters from Manchester", answer.Fallback, StringComparison.Ordinal);
    }

    /// <summary>Asks the Barnet question of a model that replies <paramref name="reply"/> ({n}: Barnet's passage), streamed when <paramref name="onText"/> is given.</summary>
    private async Task<Answer> AskAsync(string reply, Action<string>? onText)
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => new ModelStep.Say(reply.Replace("{n}", NotUsed(r), StringComparison.Ordinal)));
        using var engine = TestEngines.Llm(letters.Index, TestEngines.Options(server));
        var request = new AnswerRequest { Question = Question };
        return onText is null ? await engine.AnswerAsync(request, CancellationToken.None) : await engine.StreamAsync(request, onText, CancellationToken.None);
    }

    /// <summary>The number the prompt gives Barnet's "Not used." passage.</summary>
    private static string NotUsed(ModelRequest request) =>
        request.Passages.First(p => p.Reference == "5576276").Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d{2,}\b")]
    private static partial Regex Figure();
}
