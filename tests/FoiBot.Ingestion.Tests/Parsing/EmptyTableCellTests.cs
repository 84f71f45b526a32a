using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A table saved one cell a line ("61 |"), where a bar alone is an empty cell: it stays, so each figure keeps its column.</summary>
public sealed class EmptyTableCellTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_BarAloneAmongCellLines_StaysAsAnEmptyCell()
    {
        var letter = _parser.Parse("""
            Freedom of Information (FOI) Act request ref: 01/FIN/23/1029
            1. The total number of civil orders issued by your force by year from 2018.
            Type |
            2018 |
            2019 |
            Community Protection Notice |
            |
            61 |
            Criminal Behaviour Order |
            29 |
            22 |
            """, "x.txt");

        Assert.Contains("Community Protection Notice |\n|\n61 |", Assert.Single(letter.Pairs).Answer, StringComparison.Ordinal);
    }
}
