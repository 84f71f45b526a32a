using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Corpus;

/// <summary>A provenance table's date for a letter: a day, or only a month or a year.</summary>
/// <param name="First">The day itself, or the first day of the month or year.</param>
public sealed record ManifestDate(DateOnly First, DatePrecision Precision);
