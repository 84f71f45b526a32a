using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Unnumbered questions and answers in turn, where the requester ended a question with a full stop ("How much did the
/// council sell the timber for."): a question word with its verb before the subject still asks.
/// </summary>
public sealed class InvertedQuestionLineTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionsEndingWithAFullStop_EachTakesTheAnswerUnderIt()
    {
        var letter = _parser.Parse("""
            Re: Freedom of Information Request – Reference FOI/2989
            Please find below the council’s response to your request:
            How many trees were felled in the city last year?
            We felled 412 highway trees.
            Where the council replants a tree it records the species planted.
            How much did the council sell the timber for.
            The timber was sold for around £200 per tonne.
            Why are the council felling trees at five in the morning.
            We hold no data on this.
            """, "x.txt");

        // "Where the council replants ..." opens with a question word but does not invert: it stays answer.
        Assert.Equal(["We felled 412 highway trees.\nWhere the council replants a tree it records the species planted.", "The timber was sold for around £200 per tonne.", "We hold no data on this."], letter.Pairs.Select(p => p.Answer));
    }
}
