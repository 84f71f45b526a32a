using System.Globalization;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Corpus;

/// <summary>The date column as people fill it in: whole dates in several forms, a month or a year alone, a note after it.</summary>
public sealed class SourceManifestReaderDateTests
{
    [Theory]
    [InlineData("28-05-2013", "2013-05-28", DatePrecision.Day)]
    [InlineData("08-04-2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("8/4/2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("2026-04-08", "2026-04-08", DatePrecision.Day)]
    [InlineData("24 August 2017", "2017-08-24", DatePrecision.Day)]
    [InlineData("06 December 2021", "2021-12-06", DatePrecision.Day)]
    [InlineData("6 Dec 2021", "2021-12-06", DatePrecision.Day)]
    [InlineData("8.4.2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("8th Apr 2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("Wednesday 8 April 2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("April 8, 2026", "2026-04-08", DatePrecision.Day)]
    [InlineData("8 April 2026 (published)", "2026-04-08", DatePrecision.Day)]
    [InlineData("June 2016", "2016-06-01", DatePrecision.Month)]
    [InlineData("Sept 2016", "2016-09-01", DatePrecision.Month)]
    [InlineData("2016-06", "2016-06-01", DatePrecision.Month)]
    [InlineData("06/2016", "2016-06-01", DatePrecision.Month)]
    [InlineData("June 2016 (month only on the log)", "2016-06-01", DatePrecision.Month)]
    [InlineData("2016", "2016-01-01", DatePrecision.Year)]
    public void Parse_DateCell_KeepsTheDateWithItsPrecision(string cell, string first, DatePrecision precision)
    {
        var date = Assert.Single(Parse(cell).Entries).Date;

        Assert.Equal(new ManifestDate(DateOnly.Parse(first, CultureInfo.InvariantCulture), precision), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("undated in stored text")]
    [InlineData("undated in stored text (data to May 2024)")]
    [InlineData("(listed under 2024)")]
    [InlineData("2025/26")]
    [InlineData("31-02-2020")]
    [InlineData("13/2016")]
    [InlineData("before June 2016")]
    public void Parse_DateCellThatIsNotADate_GivesNoDate(string cell)
    {
        Assert.Null(Assert.Single(Parse(cell).Entries).Date);
    }

    private static SourceManifestParse Parse(string cell) =>
        SourceManifestReader.Parse("/corpus/SOURCES.md", CorpusFolder.ManifestHeader + $"| a.txt | A | 1 | {cell} |\n", "/corpus");
}
