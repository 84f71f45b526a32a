namespace FoiBot.Answering;

/// <summary>
/// Whether a passage can give a figure for the period a question asks about ("how many trees were planted in 2020",
/// "spend in 2012/13"): a letter written before the period began cannot, nor can an answer whose figures are all for
/// other periods ("2014 ... 2019" when 2020 was asked). A passage naming no period at all may still answer.
/// </summary>
internal static class PeriodCover
{
    public static bool Admits(ScoredPassage passage, AskedPeriods asked)
    {
        if (asked.IsEmpty)
        {
            return true;
        }

        if (passage.Date is { } written && written < Start(asked))
        {
            return false;
        }

        var named = AskedPeriods.Of($"{passage.Hit.Pair.Question}\n{passage.Hit.Pair.Answer}");
        return named.IsEmpty || Overlaps(asked, named);
    }

    /// <summary>The first day of the earliest period asked: a financial year starts in April, a year in January.</summary>
    private static DateOnly Start(AskedPeriods asked)
    {
        var years = asked.Years.Select(y => new DateOnly(y, 1, 1));
        var spans = asked.Spans.Select(s => new DateOnly(Ends(s).First(), 4, 1));
        return years.Concat(spans).Min();
    }

    /// <summary>A year asked is named as a year or as either end of a financial year, and a financial year by either of its years.</summary>
    private static bool Overlaps(AskedPeriods asked, AskedPeriods named)
    {
        var namedYears = named.Years.Concat(named.Spans.SelectMany(Ends)).ToHashSet();
        return asked.Spans.Overlaps(named.Spans) || asked.Years.Any(namedYears.Contains) || asked.Spans.SelectMany(Ends).Any(named.Years.Contains);
    }

    private static IEnumerable<int> Ends(string span) =>
        [int.Parse(span[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(span[5..], System.Globalization.CultureInfo.InvariantCulture)];
}
