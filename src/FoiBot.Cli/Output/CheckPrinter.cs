using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Cli.Output;

/// <summary>Prints a prior-disclosure check for a person, or as one JSON object (the web API's shape).</summary>
internal static class CheckPrinter
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Json(RequestCheck check) => JsonSerializer.Serialize(check, s_json);

    public static void Print(TextWriter output, RequestCheck check)
    {
        output.WriteLine($"{check.Questions.Count} question(s){(check.Authority is null ? "" : $" for {check.Authority}")}.");
        if (check.LikelyDuplicate)
        {
            var repeated = check.Questions.Where(q => q.DuplicateOf is not null).Select(q => q.Number).ToList();
            var which = repeated.Count == 1 ? $"question {repeated[0]} was" : $"questions {string.Join(", ", repeated)} were";
            output.WriteLine($"LIKELY DUPLICATE: {which} already answered; consider section 21 and point to the earlier response.");
        }

        foreach (var question in check.Questions)
        {
            output.WriteLine();
            output.WriteLine($"{question.Number}. {question.Question}");
            if (question.AskedBefore is { } asked)
            {
                output.WriteLine($"   {Asked(asked, check.Authority)}");
            }

            if (question.Matches.Count == 0)
            {
                output.WriteLine(check.Authority is null ? "   No earlier letter disclosed on this." : $"   No earlier letter of {check.Authority} disclosed on this.");
            }

            Matches(output, question.Matches, "   ");
            if (question.Elsewhere.Count > 0)
            {
                output.WriteLine("   Elsewhere:");
                Matches(output, question.Elsewhere, "     ");
            }
        }
    }

    /// <summary>"Asked 2 times (2019-08-27 to 2026-01-16): 1 Answered, 1 NotHeld".</summary>
    public static string Asked(AskedBefore asked, string? authority)
    {
        var times = asked.Count == 1 ? "once" : $"{asked.Count} times";
        var when = asked.First == asked.Last ? CliJson.IsoDate(asked.First) ?? "undated" : $"{CliJson.IsoDate(asked.First)} to {CliJson.IsoDate(asked.Last)}";
        var outcomes = string.Join(", ", asked.Outcomes.Select(o => $"{o.Count} {o.Outcome}"));
        var refs = string.Join(", ", asked.Letters.Select(m => m.Ref ?? "no reference"));
        return $"Asked {times}{(authority is null ? "" : $" of {authority}")} ({when}): {outcomes}; refs {refs}";
    }

    private static void Matches(TextWriter output, IReadOnlyList<PriorMatch> matches, string indent)
    {
        foreach (var match in matches)
        {
            output.WriteLine($"{indent}[{match.Strength}] {Heading(match)} ({match.Outcome})");
            output.WriteLine($"{indent}    Q: {AnswerPrinter.Shorten(match.Question, 150)}");
            output.WriteLine($"{indent}    A: {AnswerPrinter.Shorten(match.Quote.Length > 0 ? match.Quote : "(no answer in the text)", 150)}");
            if (match.SourceAddress is { } address)
            {
                output.WriteLine($"{indent}    Published: {address}");
            }
        }
    }

    private static string Heading(PriorMatch m) =>
        $"{m.Authority}, {(m.Ref is null ? "no reference" : "ref " + m.Ref)}, {CliJson.IsoDate(m.Date) ?? "undated"}{(m.Number is null ? "" : $", question {m.Number}")}";
}
