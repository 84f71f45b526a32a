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
            if (question.DuplicateOf is { } d)
            {
                output.WriteLine($"   Already asked: {Heading(d)}");
            }

            if (question.Matches.Count == 0)
            {
                output.WriteLine("   No earlier letter disclosed on this.");
            }

            foreach (var match in question.Matches)
            {
                output.WriteLine($"   [{match.Strength}] {Heading(match)} ({match.Outcome})");
                output.WriteLine($"       Q: {AnswerPrinter.Shorten(match.Question, 150)}");
                output.WriteLine($"       A: {AnswerPrinter.Shorten(match.Quote.Length > 0 ? match.Quote : "(no answer in the text)", 150)}");
                if (match.SourceAddress is { } address)
                {
                    output.WriteLine($"       Published: {address}");
                }
            }
        }
    }

    private static string Heading(PriorMatch m) =>
        $"{m.Authority}, {(m.Ref is null ? "no reference" : "ref " + m.Ref)}, {CliJson.IsoDate(m.Date) ?? "undated"}{(m.Number is null ? "" : $", question {m.Number}")}";
}
