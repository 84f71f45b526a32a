using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

/// <summary>A quote takes the sentence after it when that sentence carries its point on, and only then.</summary>
public sealed class QuoteContinuationTests
{
    [Theory]
    [InlineData(
        "How many trains on the day from Crewe to Cardiff were just two carriages?",
        "I can confirm that we hold the information requested.\nOn Sunday 4 August we ran 12 services between Crewe and Cardiff. Of these, six were formed of two coaches. Timetables are published online.",
        "How many Barnet trains from Crewe to Cardiff had only two carriages?",
        "On Sunday 4 August we ran 12 services between Crewe and Cardiff. Of these, six were formed of two coaches.")]
    [InlineData(
        "Please provide the number of vehicle noise complaints received in 2020.",
        "In this case the council will be withholding this information in accordance with section 22 of the act. Section 22 of the Act provides an exemption for information that is intended to be published in the future. You may ask for a review.",
        "Why won't Barnet give out its vehicle noise complaint numbers?",
        "In this case the council will be withholding this information in accordance with section 22 of the act. Section 22 of the Act provides an exemption for information that is intended to be published in the future.")]
    [InlineData(
        "How many trains from Crewe to Cardiff ran on 4 August?",
        "On Sunday 4 August we ran 12 services between Crewe and Cardiff. Timetables for the route are published on our website.",
        "How many Barnet trains ran from Crewe to Cardiff on 4 August?",
        "On Sunday 4 August we ran 12 services between Crewe and Cardiff.")]
    public void Answer_SentenceAfterTheQuote_IsQuotedWithItOnlyWhenItCarriesThePointOn(string letterQuestion, string letterAnswer, string question, string expected)
    {
        using var letter = new OneLetterIndex(Pair(letterQuestion, letterAnswer));

        var answer = letter.Engine.Answer(question);

        Assert.Equal(expected, Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public void Extend_FigureAskedAndTheQuoteHasNone_AddsTheNextSentenceWithTheFigure()
    {
        const string Answer = "The council uses agency social workers to cover vacancies.\nThe spend on them was £1,204,331.\nNo other agency staff are used.";

        var quote = QuoteContinuation.Extend(Answer, "The council uses agency social workers to cover vacancies.", QuoteAsk.Of("How much did Barnet spend on agency social workers?"));

        Assert.Equal("The council uses agency social workers to cover vacancies. The spend on them was £1,204,331.", quote);
    }

    [Fact]
    public void Extend_QuoteAlreadyHoldsTheFigure_StaysOneSentence()
    {
        const string Answer = "The spend on agency social workers was £1,204,331.\nThe total for 2022 was £998,000.";

        var quote = QuoteContinuation.Extend(Answer, "The spend on agency social workers was £1,204,331.", QuoteAsk.Of("How much did Barnet spend on agency social workers?"));

        Assert.Equal("The spend on agency social workers was £1,204,331.", quote);
    }
}
