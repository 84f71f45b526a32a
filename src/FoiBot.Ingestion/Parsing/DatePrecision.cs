namespace FoiBot.Ingestion.Parsing;

/// <summary>How much of a date is known: a provenance table may give only the month ("June 2016") or the year of a letter.</summary>
public enum DatePrecision
{
    Day,

    Month,

    Year,
}
