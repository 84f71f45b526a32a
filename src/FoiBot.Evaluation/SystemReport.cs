namespace FoiBot.Evaluation;

/// <summary>One system's figures: overall, per kind of question, and the result for every question.</summary>
public sealed record SystemReport(string System, EvalMetrics Overall, IReadOnlyDictionary<string, EvalMetrics> ByKind, IReadOnlyList<QuestionResult> Results);
