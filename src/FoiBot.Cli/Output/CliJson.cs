using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FoiBot.Core;
using FoiBot.Evaluation;

namespace FoiBot.Cli.Output;

/// <summary>Writes the CLI's JSON: one compact object per line, readable quotes (no \u escapes for letters' punctuation).</summary>
internal static class CliJson
{
    private static readonly CliJsonContext s_context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(ToDocument(answer), s_context.AnswerDocument);

    public static string Serialize(Disclosure letter) => JsonSerializer.Serialize(letter, s_context.Disclosure);

    public static string Serialize(IReadOnlyList<SearchHitDocument> hits) => JsonSerializer.Serialize(hits, s_context.IReadOnlyListSearchHitDocument);

    public static string Serialize(EvalDocument report) => JsonSerializer.Serialize(report, s_context.EvalDocument);

    public static string Serialize(PairReport report) => JsonSerializer.Serialize(report, s_context.PairReport);

    public static AnswerDocument ToDocument(Answer answer) => new(
        answer.Id,
        answer.Question,
        VerdictName(answer.Verdict),
        answer.Text,
        answer.Abstained,
        answer.Engine,
        answer.Citations.Select(ToDocument).ToList(),
        answer.Related.Select(ToDocument).ToList(),
        answer.Fallback);

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Yes => "yes",
        Verdict.No => "no",
        Verdict.NotHeld => "not_held",
        Verdict.Refused => "refused",
        Verdict.NeitherConfirmNorDeny => "ncnd",
        Verdict.Partial => "partial",
        Verdict.Answered => "answered",
        _ => "no_answer",
    };

    private static CitationDocument ToDocument(Citation c) => new(c.Ref, c.Authority, IsoDate(c.Date), c.Question, c.Quote, c.Source, c.SourceAddress);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(AnswerDocument))]
[JsonSerializable(typeof(Disclosure))]
[JsonSerializable(typeof(EvalDocument))]
[JsonSerializable(typeof(PairReport))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitDocument>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
