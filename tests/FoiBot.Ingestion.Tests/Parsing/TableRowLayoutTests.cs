using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Questions and answers set out as a table, kept as pipe-separated rows.</summary>
public sealed class TableRowLayoutTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionAndResponseColumns_PairEachRow()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 9090
            | Question | Response |
            | --- | --- |
            | How many parking permits were issued in 2023? | 14,220 |
            | How much income did permits raise? | £1.2 million |
            """, "x.txt");

        Assert.Equal(["How many parking permits were issued in 2023?", "How much income did permits raise?"], letter.Pairs.Select(p => p.Question));
        Assert.Equal(["14,220", "£1.2 million"], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_NumberColumnBeforeTheQuestion_NumbersThePair()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 9091
            | 1 | Please provide the number of gritters owned. | 21 |
            | 2 | How many tonnes of salt were used? | 14,000 tonnes |
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("14,000 tonnes", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_TableOfFiguresThatAsksNothing_IsReadAsBefore()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 9092
            1. How many permits were issued in each year?
            | Year | Permits |
            | 2022 | 13,900 |
            | 2023 | 14,220 |
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("| 2023 | 14,220 |", pair.Answer, StringComparison.Ordinal);
    }
}
