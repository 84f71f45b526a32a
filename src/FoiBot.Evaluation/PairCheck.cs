using System.Globalization;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Evaluation;

/// <summary>
/// Judges the parser's reading of one letter against a person's record of it. Phrases are compared in lower case
/// with runs of whitespace as one space and without a list label or bullet they were copied with, as parts of the parsed text (a phrase need not be the whole question or
/// answer).
/// <list type="bullet">
/// <item><b>Pairs materially right</b>: every recorded pair with an answer phrase is found in a parsed pair whose
/// answer holds it and whose question holds the recorded question phrase (or, when the record gives the question as
/// null, that has no question); no parsed answer holds a recorded question phrase (a question glued into an answer);
/// and the letter was not skipped. Pair order and extra parsed pairs do not matter.</item>
/// <item><b>Authority</b>: right when the names are the same by <see cref="AuthorityNames"/>; otherwise third
/// party when one was read, none when none was.</item>
/// <item><b>Reference</b>: the letter's own reference (the one FoiBot cites), ignoring case.</item>
/// <item><b>Date</b>: the response date, at the precision the record gives (day, month or year).</item>
/// </list>
/// A file that holds several letters (an e-mail and its attachments) is judged as one: its pairs are looked for in
/// all of them, and its authority, reference and date are the first letter's. A skipped letter fails every check it
/// is recorded for (its authority counts as none) and is reported in one line. The glue rule is literal, so a
/// recorded question phrase that a right answer repeats ("pothole claims") reads as glued: record the question's own
/// wording ("How many pothole claims did").
/// </summary>
public static partial class PairCheck
{
    private const int Shown = 80;

    /// <param name="letters">What the parser made of the record's file, in scan order; empty when it was skipped.</param>
    /// <param name="skipped">Why the file was not indexed, when it was not.</param>
    public static PairLetterResult Judge(PairRecord record, IReadOnlyList<Disclosure> letters, string? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(letters);
        var expected = record.Pairs.Count(p => p.A is not null);
        if (letters.Count == 0)
        {
            return new PairLetterResult
            {
                File = record.File,
                Skipped = skipped ?? "no letter found in the file",
                PairsExpected = expected,
                PairsFound = 0,
                PairsRight = false,
                Authority = record.Authority is null ? null : AuthorityMatch.None,
                RefRight = record.Ref is null ? null : false,
                DateRight = record.Date is null ? null : false,
                Failures = [new PairFailure(record.File, "letter", "a parsed letter", $"skipped: {skipped ?? "no letter found in the file"}")],
            };
        }

        var failures = new List<PairFailure>();
        var parsed = letters.SelectMany(l => l.Pairs).ToList();
        var found = CheckPairs(record, parsed, failures);
        var glued = CheckGlue(record, parsed, failures);
        var letter = letters[0];
        return new PairLetterResult
        {
            File = record.File,
            PairsExpected = expected,
            PairsFound = found,
            PairsRight = found == expected && !glued,
            Authority = CheckAuthority(record, letter, failures),
            RefRight = CheckRef(record, letter, failures),
            DateRight = CheckDate(record, letter, failures),
            Failures = failures,
        };
    }

    /// <summary>The text form phrases are compared in.</summary>
    public static string Normalise(string text) => Space().Replace(text, " ").Trim().ToLowerInvariant();

    /// <summary>
    /// A recorded phrase as it is looked for: the list label or bullet it was copied with ("3. The Council does not
    /// hold", "A.4 No", "(1) Number of", "Question 1:", "• 2015/2016") is dropped, since the parser keeps an item's
    /// number apart from its text and a bullet is no part of it; the pair the phrase is found in still has to be the
    /// one whose question holds the recorded question.
    /// </summary>
    private static string Phrase(string text) => Label().Replace(Normalise(text), "");

    private static int CheckPairs(PairRecord record, List<QaPair> parsed, List<PairFailure> failures)
    {
        var found = 0;
        for (var i = 0; i < record.Pairs.Count; i++)
        {
            var (q, a) = (record.Pairs[i].Q, record.Pairs[i].A);
            if (a is null)
            {
                continue;
            }

            var answering = parsed.Where(p => Normalise(p.Answer).Contains(Phrase(a), StringComparison.Ordinal)).ToList();
            if (answering.Count == 0)
            {
                failures.Add(new PairFailure(record.File, "pairs", $"pair {i + 1}: an answer holding \"{Cut(a)}\"", "no parsed answer holds it"));
            }
            else if (q is null ? answering.Exists(p => p.Question.Trim().Length == 0) : answering.Exists(p => Normalise(p.Question).Contains(Phrase(q), StringComparison.Ordinal)))
            {
                found++;
            }
            else
            {
                var wanted = q is null ? "no question" : $"a question holding \"{Cut(q)}\"";
                failures.Add(new PairFailure(record.File, "pairs", $"pair {i + 1}: {wanted} for the answer \"{Cut(a)}\"", $"question \"{Cut(answering[0].Question)}\""));
            }
        }

        return found;
    }

    private static bool CheckGlue(PairRecord record, List<QaPair> parsed, List<PairFailure> failures)
    {
        var glued = false;
        for (var i = 0; i < record.Pairs.Count; i++)
        {
            if (record.Pairs[i].Q is not { } q)
            {
                continue;
            }

            var holder = parsed.FindIndex(p => Normalise(p.Answer).Contains(Phrase(q), StringComparison.Ordinal));
            if (holder >= 0)
            {
                glued = true;
                failures.Add(new PairFailure(record.File, "pairs", $"pair {i + 1}: the question \"{Cut(q)}\" in no answer", $"in the answer of parsed pair {holder + 1}: \"{Cut(parsed[holder].Answer)}\""));
            }
        }

        return glued;
    }

    private static AuthorityMatch? CheckAuthority(PairRecord record, Disclosure letter, List<PairFailure> failures)
    {
        if (record.Authority is not { } expected)
        {
            return null;
        }

        if (letter.Authority is not { } got)
        {
            failures.Add(new PairFailure(record.File, "authority", expected, "none"));
            return AuthorityMatch.None;
        }

        if (AuthorityNames.Same(expected, got))
        {
            return AuthorityMatch.Right;
        }

        failures.Add(new PairFailure(record.File, "authority", expected, $"{got} (third party)"));
        return AuthorityMatch.ThirdParty;
    }

    private static bool? CheckRef(PairRecord record, Disclosure letter, List<PairFailure> failures)
    {
        if (record.Ref is not { } expected)
        {
            return null;
        }

        if (string.Equals(letter.Reference?.Trim(), expected, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        failures.Add(new PairFailure(record.File, "ref", expected, letter.References.Count == 0 ? "none" : string.Join(", ", letter.References)));
        return false;
    }

    private static bool? CheckDate(PairRecord record, Disclosure letter, List<PairFailure> failures)
    {
        if (record.Date is not { } expected)
        {
            return null;
        }

        var got = letter.ResponseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The record's precision decides how much of the parsed date counts: "2024-03" is met by any day in March 2024.
        if (got is not null && got.StartsWith(expected, StringComparison.Ordinal))
        {
            return true;
        }

        failures.Add(new PairFailure(record.File, "date", expected, got ?? "none"));
        return false;
    }

    private static string Cut(string text)
    {
        var flat = Space().Replace(text, " ").Trim();
        return flat.Length <= Shown ? flat : flat[..(Shown - 1)] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:(?:q(?:uestion)?|a(?:nswer)?)\s*[.:]?\s*\d{1,2}(?!\d)[a-z]?\s*[.):\-–]?\s+|[(\[]?\d{1,2}(?!\d)[a-z]?[.):\]](?!\d)\s*|[•·▪◦‣∙\-–]\s+)")]
    private static partial Regex Label();
}
