using FoiBot.Core;

namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class CitationCheckTests
{
    private static readonly PassageTable s_table = Table();

    [Theory]
    [InlineData("Barnet does not [1].")]
    [InlineData("Barnet said “We do not use facial recognition.” [1]")]
    [InlineData("Barnet said \"we  do not use\nfacial recognition\" [1] and Leeds \"Not held.\" [2]")]
    [InlineData("Barnet: \"We do not use ... recognition.\" [1, 2]")]
    [InlineData("Barnet (ref FOI-1) does not [1].")]
    public void Check_TextTheLettersSupport_Passes(string text) =>
        Assert.Null(CitationCheck.Check(text, s_table).Problem);

    [Theory]
    [InlineData("Barnet does not.", "sentence 1 cites no passage")]
    [InlineData("Barnet does not [3].", "it cites passage 3, which was not retrieved")]
    [InlineData("Barnet said \"We never use facial recognition.\" [1]", "the quote \"We never use facial recognition.\" is not in the letter it cites")]
    [InlineData("Leeds said \"We do not use facial recognition.\" [2]", "the quote \"We do not use facial recognition.\" is not in the letter it cites")]
    [InlineData("Barnet does not (FOI-2) [1].", "it names reference FOI-2, which no retrieved letter has")]
    [InlineData("Barnet does not, ref 999 [1].", "it names reference 999, which no retrieved letter has")]
    [InlineData("Barnet does not [1-2].", "it cites in a form FoiBot cannot read ([1-2])")]
    [InlineData("Barnet does not [passage 1].", "it cites in a form FoiBot cannot read ([passage 1])")]
    public void Check_TextTheLettersDoNotSupport_SaysWhy(string text, string problem) =>
        Assert.Equal(problem, CitationCheck.Check(text, s_table).Problem);

    [Fact]
    public void Check_QuoteWithItsCitationLaterInTheSentence_IsCheckedAgainstThatLetter()
    {
        var check = CitationCheck.Check("Leeds wrote \"Not held\" in its reply [2], unlike Barnet [1].", s_table);

        Assert.Null(check.Problem);
        Assert.Equal([2, 1], check.Cited);
        Assert.Equal("Not held", check.Quotes[2]);
    }

    [Fact]
    public void Renumber_PassageNumbers_BecomeCitationOrder() =>
        Assert.Equal("A [1]. B [2, 1].", CitationCheck.Renumber("A [2]. B [1, 2].", [2, 1]));

    private static PassageTable Table()
    {
        var table = new PassageTable();
        table.Add([(Letter("barnet.txt", "FOI-1", "London Borough of Barnet", "We do not use facial recognition."), 0), (Letter("leeds.txt", "FOI-3", "Leeds City Council", "Not held."), 0)]);
        return table;
    }

    private static Disclosure Letter(string source, string reference, string authority, string answer) => new()
    {
        Source = source,
        Authority = authority,
        References = [reference],
        Pairs = [new QaPair { Question = "Do you use facial recognition?", Answer = answer }],
    };
}
