using System.Globalization;
using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>
/// The dates a letter was read to carry, said in words for a "when" question that no quoted sentence dates: a form
/// field ("Received 11 January 2026") or a date line heads the letter, and is not part of any answer to quote.
/// </summary>
internal static class LetterDates
{
    /// <summary>"The request was received on 23 November 2017; the letter is dated 24 November 2017.", or null when the letter carries neither date.</summary>
    public static string? Say(Disclosure letter, DateCues.Asked asked)
    {
        var received = letter.ReceivedDate is { } r ? $"the request was received on {Long(r)}" : null;
        var dated = letter.ResponseDate is { } d ? $"the letter is dated {Long(d)}" : null;
        var parts = (asked == DateCues.Asked.Received ? new[] { received, dated } : [dated, received]).OfType<string>().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var said = string.Join("; ", parts);
        return $"{char.ToUpperInvariant(said[0])}{said[1..]}.";
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
