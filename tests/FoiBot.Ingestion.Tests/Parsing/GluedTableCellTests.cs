using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A disclosure log's table row whose cells were run together when the page was saved as text.</summary>
public sealed class GluedTableCellTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswerCellGluedToTheLastQuestionMark_IsTheAnswer()
    {
        var letter = _parser.Parse("""
            University Disclosure Log
            Date received Date due Date completed Information asked for Notes
            24 April 201223 May 20122 May 2012Does the University conduct experiments on living animals? What species of animal were used?The University does not keep living animals for research purposes
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.EndsWith("What species of animal were used?", pair.Question, StringComparison.Ordinal);
        Assert.Equal("The University does not keep living animals for research purposes", pair.Answer);
    }

    [Fact]
    public void Parse_WebAddressQueryInAnAnswer_IsNoCellBorder()
    {
        var letter = _parser.Parse("""
            Disclosure Log
            The council publishes its FOI performance at https://moderngov.example.gov.uk/ieListMeetings.aspx?CommitteeId=115 each year.
            """, "x.txt");

        Assert.Equal("", Assert.Single(letter.Pairs).Question);
    }
}
