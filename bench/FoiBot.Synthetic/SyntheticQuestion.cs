namespace FoiBot.Synthetic;

/// <summary>One line of questions.jsonl, in the format of tests/eval/dev-questions.jsonl.</summary>
internal sealed record SyntheticQuestion(string Id, string Question, IReadOnlyList<string> GoldRefs, string Kind);
