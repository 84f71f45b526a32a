using FoiBot.Evaluation;

namespace FoiBot.Cli.Output;

/// <summary>`foibot eval --json`: every system's figures overall and per kind, and what each did with each question.</summary>
internal sealed record EvalDocument(int Letters, IReadOnlyList<EvalSystemDocument> Systems);

internal sealed record EvalSystemDocument(string System, EvalMetrics Overall, IReadOnlyDictionary<string, EvalMetrics> ByKind, IReadOnlyList<EvalQuestionDocument> Questions);

/// <summary>
/// One question's outcome; letters are named by their reference (their source path when they carry none). The
/// verdict, key and quote fields are null or empty where the question or the system gives none.
/// </summary>
internal sealed record EvalQuestionDocument(
    string Id,
    string Kind,
    string Question,
    IReadOnlyList<string> GoldRefs,
    IReadOnlyList<string> GoldFiles,
    bool Abstained,
    bool Correct,
    int? FirstGoldRank,
    IReadOnlyList<string> Cited,
    IReadOnlyList<string> Ranked,
    string? ExpectedVerdict,
    string? Verdict,
    string Shown,
    bool? VerdictRight,
    string? Key,
    bool? KeyShown,
    string? KeyMiss,
    IReadOnlyList<EvalQuoteDocument> Quotes);

/// <summary>A quote shown as support and what the quote judge made of it.</summary>
internal sealed record EvalQuoteDocument(string Quote, QuoteKind Judged);
