using FoiBot.Core;
using FoiBot.Core.Text;

namespace FoiBot.Answering.Tests;

public sealed class ExtractiveAnswerEngineTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    [Fact]
    public void Answer_BarnetFacialRecognition_SaysNoCitingBothLettersNewestFirst()
    {
        var answer = corpus.Engine.Answer("Does Barnet use facial recognition?");

        Assert.False(answer.Abstained);
        Assert.Equal(Verdict.No, answer.Verdict);
        Assert.Equal(["16336160", "5576276"], answer.Citations.Select(c => c.Ref));
        Assert.All(answer.Citations, c => Assert.Equal("London Borough of Barnet", c.Authority));
        Assert.Equal("The council do not use either 'live' or 'retrospective' facial recognition technology.", answer.Citations[0].Quote);
        Assert.Equal("Not used.", answer.Citations[1].Quote);
        Assert.Equal(new DateOnly(2026, 1, 16), answer.Citations[0].Date);
        Assert.StartsWith("No.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("16336160", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_Paraphrase_FindsTheLetterThroughSynonyms()
    {
        var answer = corpus.Engine.Answer("Has Coventry got face recognition cameras?");

        Assert.Equal(Verdict.No, answer.Verdict);
        Assert.Equal("FOI352248676", Assert.Single(answer.Citations).Ref);
    }

    [Theory]
    [InlineData("Does Manchester use facial recognition?")]
    [InlineData("Does Leeds City Council use facial recognition?")]
    [InlineData("Does Narnia Borough Council use drones?")]
    [InlineData("Do Ambridge Parish Council's officers wear body cameras?")]
    public void Answer_AuthorityWithNoLetters_Abstains(string question)
    {
        var answer = corpus.Engine.Answer(question);

        Assert.True(answer.Abstained);
        Assert.Equal(Verdict.NoAnswer, answer.Verdict);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I found no disclosure that answers this.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_TopicTheAuthorityNeverAnswered_AbstainsAndOffersOnlyRelatedReading()
    {
        var answer = corpus.Engine.Answer("Does Barnet use body worn cameras?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.NotEmpty(answer.Related);
        Assert.All(answer.Related, r => Assert.Equal("London Borough of Barnet", r.Authority));
        Assert.Equal("I found no disclosure that answers this.", answer.Text);
    }

    [Fact]
    public void Answer_SeveralQuestionsInOneLetterCoverTheTopic_CitesTheHeadlineQuestion()
    {
        var answer = corpus.Engine.Answer("What weed killer does Moray use?");

        var citation = Assert.Single(answer.Citations);
        Assert.Equal("101003058989", citation.Ref);
        Assert.Equal("Gallup Biograde and Nomix G", citation.Quote);
    }

    [Fact]
    public void Answer_AuthorityNamed_NeverCitesAnotherAuthority()
    {
        var answer = corpus.Engine.Answer("Does Moray use body worn cameras?");

        Assert.Equal(Verdict.No, answer.Verdict);
        Assert.All(answer.Citations, c => Assert.Equal("Moray Council", c.Authority));
        Assert.Equal("101001269764", answer.Citations[0].Ref);
    }

    [Fact]
    public void Answer_NotHeld_IsKeptApartFromNo()
    {
        var answer = corpus.Engine.Answer("How much did Moray spend collecting fly-tipped material?");

        Assert.Equal(Verdict.NotHeld, answer.Verdict);
        Assert.Equal("101003368704", answer.Citations[0].Ref);
    }

    [Fact]
    public void Answer_RefusalUnderSection12_IsRefused()
    {
        var answer = corpus.Engine.Answer("How many Moray damp and mould repair requests did tenants submit?");

        Assert.Equal(Verdict.Refused, answer.Verdict);
        Assert.Contains(answer.Citations, c => c.Ref == "101003819467");
    }

    [Fact]
    public void Answer_QuestionWithNoSearchableWords_Abstains()
    {
        var answer = corpus.Engine.Answer("Does the council?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Answer_QuotesAreVerbatimSentencesOfTheCitedAnswer()
    {
        foreach (var question in new[] { "Does Barnet use facial recognition?", "How many CCTV cameras does Moray have?", "Does Wokingham use glyphosate?" })
        {
            var answer = corpus.Engine.Answer(question);
            foreach (var citation in answer.Citations.Concat(answer.Related))
            {
                var letter = corpus.Index.FindLetter(citation.Ref!)!;
                Assert.Contains(letter.Pairs.Concat(letter.Unpaired), p => QuotedSpan.OccursIn(citation.Quote, p.Answer));
            }
        }
    }

    [Fact]
    public void Answer_ReferenceInQuestion_CitesThatLetter()
    {
        var answer = corpus.Engine.Answer("What did FOI-2860-2223 say about ANPR cameras?");

        Assert.Equal("FOI-2860-2223", answer.Citations[0].Ref);
        Assert.Equal(Verdict.Refused, answer.Verdict);
    }

    [Fact]
    public void Answer_ReferenceWithNoAuthority_AnswersFromThatLetterAlone()
    {
        var answer = corpus.Engine.Answer("What did 5576276 say about facial recognition?");

        Assert.Equal(Verdict.No, answer.Verdict);
        Assert.Equal("5576276", Assert.Single(answer.Citations).Ref);
    }

    [Fact]
    public void Answer_SameQuestionAskedOfTwoLetters_CitesNewestFirst()
    {
        var answer = corpus.Engine.Answer("How many CCTV cameras does Moray have?");

        var dates = answer.Citations.Select(c => c.Date ?? DateOnly.MinValue).ToList();
        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains(answer.Citations, c => c.Quote == "37 cameras");
    }

    [Fact]
    public void Answer_NotHeldAfterAPreamble_QuotesTheSentenceThatSaysNotHeld()
    {
        var answer = corpus.Engine.Answer("How many trees has Wokingham felled?");

        Assert.Equal(Verdict.NotHeld, answer.Verdict);
        Assert.StartsWith("Currently, the Council does not hold data on the number of trees", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_TwoAuthoritiesNamed_AnswersForEachAndSaysWhichHasNoLetters()
    {
        var both = corpus.Engine.Answer("Do Barnet and Coventry use facial recognition?");
        var oneMissing = corpus.Engine.Answer("Do Barnet or Leeds use facial recognition?");

        Assert.Equal(Verdict.No, both.Verdict);
        Assert.Equal(["London Borough of Barnet", "Coventry City Council"], both.Citations.Select(c => c.Authority).Distinct());
        Assert.All(oneMissing.Citations, c => Assert.Equal("London Borough of Barnet", c.Authority));
        Assert.EndsWith("I have no letters from Leeds City Council.", oneMissing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AuthorityChosenOutsideTheQuestion_ScopesTheAnswerToIt()
    {
        var answer = await corpus.Engine.AnswerAsync(
            new AnswerRequest { Question = "Do you use facial recognition?", Authority = "Coventry City Council", Id = "q1" },
            CancellationToken.None);

        Assert.Equal("q1", answer.Id);
        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Equal("FOI352248676", Assert.Single(answer.Citations).Ref);
    }

    [Fact]
    public async Task AnswerAsync_UnknownAuthorityChosen_Abstains()
    {
        var answer = await corpus.Engine.AnswerAsync(
            new AnswerRequest { Question = "Does Barnet use facial recognition?", Authority = "Narnia Borough Council" },
            CancellationToken.None);

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Answer_LatestPosition_CitesOnlyTheNewestLetterAndOffersTheOlderAsRelated()
    {
        var answer = corpus.Engine.Answer("What is the latest Barnet has said about facial recognition?");

        Assert.Equal("16336160", Assert.Single(answer.Citations).Ref);
        Assert.Contains(answer.Related, c => c.Ref == "5576276");
    }

    [Fact]
    public void Answer_AsksWhetherThePositionChanged_SaysItHasNot()
    {
        var answer = corpus.Engine.Answer("Has Barnet changed its position on facial recognition since 2019?");

        Assert.Equal(["16336160", "5576276"], answer.Citations.Select(c => c.Ref));
        Assert.Contains("has not changed", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2019 to 2026", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SinceAYearAfterEveryLetter_Abstains()
    {
        var answer = corpus.Engine.Answer("Since 2027 has Barnet said anything about facial recognition?");

        Assert.True(answer.Abstained);
    }

    [Fact]
    public void Answer_FoiTopicNoLetterCovers_AbstainsEvenWhenAnotherWordMatches()
    {
        // "dog fouling" is a known FOI topic with no letter; "fines" alone must not pass parking letters off as an answer.
        var answer = corpus.Engine.Answer("How many dog fouling fines has Wokingham issued?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Answer_UnexpectedEverydayWord_DoesNotSinkAnAnswerTheLettersGive()
    {
        // "opt", "instead" and "killing" are in no letter; at full rarity they would outweigh "glyphosate" and "weeds".
        var answer = corpus.Engine.Answer("Why did Wokingham opt for glyphosate instead of other ways of killing weeds?");

        Assert.False(answer.Abstained);
        Assert.Equal("use-glyphosate-based-herbicides", answer.Citations[0].Ref);
    }

    [Fact]
    public void Answer_DataYearInTheQuestion_CitesTheLetterWhoseFiguresCoverIt()
    {
        var answer = corpus.Engine.Answer("How many damp and mould complaints did Moray get in 2019?");

        Assert.Equal("101002990437", Assert.Single(answer.Citations).Ref);
    }
}
