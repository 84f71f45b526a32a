using FoiBot.Answering.SemanticKernel.Grounding;
using FoiBot.Core;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>
/// Issue 18's ways a model can carry an invented fact past a citation, each stopped, and faithful sentences with
/// figures, dates, references and names in other forms than the letter's, each let through.
/// </summary>
public sealed class GroundingCheckTests
{
    private static readonly PassageTable s_table = Table();

    [Theory]
    [InlineData("Barnet uses live facial recognition at 40 sites across the borough and plans 25 more by 2027 [1].", "sentence 1 names 40, which no passage it cites holds")]
    [InlineData("Barnet said 'we deploy facial recognition at 40 sites' [1].", "the quote \"we deploy facial recognition at 40 sites\" is not in the letter it cites")]
    [InlineData("Barnet told a requester ‘we deploy facial recognition widely’ [1].", "the quote \"we deploy facial recognition widely\" is not in the letter it cites")]
    [InlineData("Yes: it does \"used\" [1].", "the quote \"used\" is too short to stand for the letter")]
    [InlineData("Leeds said it does \"hold figures for earlier years\" [2].", "the quote \"hold figures for earlier years\" leaves out the negation the letter puts before it")]
    [InlineData("Barnet answered this [1]; the reference number is 999999 [1].", "sentence 1 names 999999, which no passage it cites holds")]
    [InlineData("Barnet answered it under FOI request number 888888 [1].", "sentence 1 names 888888, which no passage it cites holds")]
    [InlineData("Barnet does not use it [1]. It has never used it either.", "sentence 2 cites no passage")]
    [InlineData("Barnet and Manchester both said it is not used [1].", "sentence 1 names Manchester, which no passage it cites holds")]
    [InlineData("Barnet replied on 3 March 2021 that it is not used [1].", "sentence 1 names 3 March 2021, which no passage it cites holds")]
    [InlineData("Leeds received 1,234 complaints [1].", "sentence 1 names 1,234, which no passage it cites holds")]
    [InlineData("Leeds «spent nothing at all» [2].", "the quote \"spent nothing at all\" is not in the letter it cites")]
    public void Check_InventedFact_IsStoppedSayingWhich(string text, string problem) =>
        Assert.Equal(problem, CitationCheck.Check(text, s_table).Problem);

    [Theory]
    [InlineData("No: Barnet says it is \"Not used.\" [1]")]
    [InlineData("The London Borough of Barnet replied on 27 August 2019 (ref 5576276) that it is not used [1].")]
    [InlineData("Barnet's reply of 27/08/2019 says facial recognition is not used [1].")]
    [InlineData("In August 2019 Barnet said it was not used [1].")]
    [InlineData("Leeds received 1234 complaints in 2023-24, which cost £12,400.00 [2].")]
    [InlineData("Leeds received 1,234 complaints in 2023/24 [2]. It does not hold figures for earlier years [2].")]
    [InlineData("Leeds City Council wrote: ‘The council does not hold figures for earlier years.’ [2]")]
    [InlineData("Leeds wrote «we received 1,234 complaints» [2], and Barnet “Not used” [1].")]
    [InlineData("Leeds (ref FOI-3) answered on 5 March 2024 [2].")]
    [InlineData("Leeds wrote 'at a cost of £12,400' for the council's complaints [2].")]
    public void Check_FaithfulSentences_Pass(string text) =>
        Assert.Null(CitationCheck.Check(text, s_table).Problem);

    [Theory]
    [InlineData("Yes, Barnet uses facial recognition [1].", Verdict.No, "its answer says yes where the letters' verdict is no")]
    [InlineData("Yes: Leeds keeps the figures [2].", Verdict.NotHeld, "its answer says yes where the letters' verdict is not held")]
    [InlineData("No, Leeds holds them [2].", Verdict.Yes, "its answer says no where the letters' verdict is yes")]
    [InlineData("Barnet does not use it [1].", Verdict.Yes, "its answer says no where the letters' verdict is yes")]
    public void ProseStance_DisagreesWithTheVerdict_SaysHow(string text, Verdict verdict, string problem) =>
        Assert.Equal(problem, ProseStance.Conflict(text, verdict));

    [Theory]
    [InlineData("No: \"Not used.\" [1]", Verdict.No)]
    [InlineData("Barnet does not use it [1].", Verdict.No)]
    [InlineData("Yes, it does [1].", Verdict.Yes)]
    [InlineData("Barnet wrote \"we do not\" [1], and Leeds uses it [2].", Verdict.Yes)]
    [InlineData("Leeds answered in part [2].", Verdict.Refused)]
    public void ProseStance_AgreesOrTakesNoSide_IsNoConflict(string text, Verdict verdict) =>
        Assert.Null(ProseStance.Conflict(text, verdict));

    [Fact]
    public void StreamGate_UncitedInventedOpening_ShowsNothing()
    {
        var shown = new List<string>();
        var gate = new StreamGate(s_table, shown.Add);

        foreach (var token in new[] { "Barnet uses facial ", "recognition at 40 sites. ", "It said so [1]", "." })
        {
            gate.Write(token);
        }

        gate.Complete();

        Assert.Empty(shown);
        Assert.Equal("sentence 1 cites no passage", gate.Problem);
    }

    [Fact]
    public void StreamGate_MarkerStreamedAfterTheStop_StaysWithItsSentence()
    {
        var shown = new List<string>();
        var gate = new StreamGate(s_table, shown.Add);

        foreach (var token in new[] { "Barnet said \"Not used.\"", " [", "1]", " Leeds holds ", "no earlier figures [2]", "." })
        {
            gate.Write(token);
        }

        gate.Complete();

        Assert.Null(gate.Problem);
        Assert.Equal(["Barnet said \"Not used.\" [1] ", "Leeds holds no earlier figures [2]."], shown);
    }

    [Fact]
    public void StreamGate_OpeningSaysYesBesideANo_IsHeldBack()
    {
        var shown = new List<string>();
        var gate = new StreamGate(s_table, shown.Add);

        gate.Write("Yes, Barnet uses it [1]. ");
        gate.Write("More follows [1].");
        gate.Complete();

        Assert.Empty(shown);
        Assert.Equal("its answer says yes where the letters' verdict is no", gate.Problem);
    }

    private static PassageTable Table()
    {
        var table = new PassageTable();
        table.Add(
        [
            (Letter("barnet.txt", "5576276", "London Borough of Barnet", new DateOnly(2019, 8, 27), "Do you use facial recognition?", "Not used.", Outcome.No), 0),
            (Letter("leeds.txt", "FOI-3", "Leeds City Council", new DateOnly(2024, 3, 5), "How many complaints did you receive?", "We received 1,234 complaints in 2023/24, at a cost of £12,400. The council does not hold figures for earlier years.", Outcome.Answered), 0),
        ]);
        return table;
    }

    private static Disclosure Letter(string source, string reference, string authority, DateOnly date, string question, string answer, Outcome outcome) => new()
    {
        Source = source,
        Authority = authority,
        References = [reference],
        ResponseDate = date,
        Pairs = [new QaPair { Question = question, Answer = answer, Outcome = outcome }],
    };
}
