using System.Globalization;
using System.Text;
using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>Writes the short answer: the verdict, then what each authority said, quoted, with reference and date.</summary>
internal static class AnswerComposer
{
    public const string NoDisclosure = "I found no disclosure that answers this.";

    public static string Compose(Verdict verdict, IReadOnlyList<(Citation Citation, Verdict Verdict)> support, bool sameQuestion, TimeScope? time = null)
    {
        var text = new StringBuilder(Lead(verdict));
        foreach (var group in support.GroupBy(s => s.Citation.Authority, StringComparer.Ordinal))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(group.Key).Append(": ");
            text.AppendJoin("; ", group.Select(s => $"\"{OnOneLine(s.Citation.Quote)}\" ({Where(s.Citation)})"));
            text.Append('.');
            if (sameQuestion && PositionChanged(group.Select(s => s.Verdict)))
            {
                text.Append(" Its position has changed over time; the newest letter is first.");
            }
            else if (time?.AsksForChange == true && sameQuestion && group.Count() > 1)
            {
                var years = group.Where(s => s.Citation.Date is not null).Select(s => s.Citation.Date!.Value.Year).ToList();
                text.Append(years.Count > 1
                    ? $" Its position has not changed: these letters, from {years.Min()} to {years.Max()}, say the same."
                    : " Its position has not changed: these letters say the same.");
            }
        }

        return text.ToString();
    }

    /// <summary>A quote running over two of the letter's lines ("... the following exemption:" and the section) reads as one in the answer.</summary>
    private static string OnOneLine(string quote) => quote.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', quote.Split('\n', StringSplitOptions.TrimEntries)) : quote;

    public static string Abstention(string? reason) => reason is null ? NoDisclosure : $"{NoDisclosure} {reason}";

    /// <summary>"ref 16336160, 16 Jan 2026"; a letter without a reference is named by its file.</summary>
    public static string Where(Citation citation)
    {
        var name = citation.Ref is null ? $"letter {citation.Source}" : $"ref {citation.Ref}";
        return citation.Date is { } date ? $"{name}, {date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : $"{name}, undated";
    }

    /// <summary>A change of position is a yes turning to no (or the reverse), or a plain answer turning into a refusal.</summary>
    private static bool PositionChanged(IEnumerable<Verdict> verdicts)
    {
        var distinct = verdicts.Distinct().ToList();
        return distinct.Count > 1 && distinct.Any(v => v is Verdict.Yes or Verdict.No);
    }

    private static string Lead(Verdict verdict) => verdict switch
    {
        Verdict.Yes => "Yes.",
        Verdict.No => "No.",
        Verdict.NotHeld => "Not held.",
        Verdict.Refused => "Refused.",
        Verdict.NeitherConfirmNorDeny => "Neither confirmed nor denied.",
        Verdict.Partial => "Partly answered.",
        _ => "",
    };
}
