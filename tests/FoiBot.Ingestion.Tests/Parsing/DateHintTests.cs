using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A provenance table's month or year set against a letter that carries its own date.</summary>
public sealed class DateHintTests
{
    private const string DatedLetter = "Our ref: 7654321\n3 June 2016\n\n1. How many bins?\n\nResponse\n\n1. 12.";

    private static readonly LetterParser s_parser = new();

    [Theory]
    [InlineData(DatePrecision.Month, 2016, 6)]
    [InlineData(DatePrecision.Year, 2016, 1)]
    public void Parse_LetterDatedWithinTheTablesMonthOrYear_AgreesWithoutWarning(DatePrecision precision, int year, int month)
    {
        var letter = s_parser.Parse(DatedLetter, "a.txt", new LetterHints { Date = new DateOnly(year, month, 1), DatePrecision = precision });

        Assert.Equal(new DateOnly(2016, 6, 3), letter.ResponseDate);
        Assert.DoesNotContain(letter.Diagnostics, d => d.Field == "responseDate");
    }

    [Fact]
    public void Parse_LetterDatedOutsideTheTablesMonth_KeepsItsOwnDateAndWarns()
    {
        var letter = s_parser.Parse(DatedLetter, "a.txt", new LetterHints { Date = new DateOnly(2016, 7, 1), DatePrecision = DatePrecision.Month });

        Assert.Equal(new DateOnly(2016, 6, 3), letter.ResponseDate);
        var warning = Assert.Single(letter.Diagnostics, d => d.Field == "responseDate");
        Assert.Equal((DiagnosticSeverity.Warning, "the text says 2016-06-03, the manifest July 2016; the text is used"), (warning.Severity, warning.Message));
    }
}
