using FoiBot.Evaluation;

namespace FoiBot.Bench.Scale;

/// <summary>Questions to time when a corpus comes with no question file; they have no gold letters, so quality is not scored.</summary>
internal static class BuiltInQuestions
{
    public static readonly IReadOnlyList<EvalQuestion> All =
    [
        .. new[]
        {
            "Does Barnet use facial recognition?",
            "How many CCTV cameras does Moray have?",
            "Does Moray use body worn cameras?",
            "How many public toilets does Moray have?",
            "Does Coventry use facial recognition software?",
            "What herbicides does Wokingham use?",
            "pothole compensation claims paid",
            "How many fly tipping fixed penalty notices were issued?",
            "ULEZ camera locations",
            "damp and mould complaints in council housing",
            "Has the council been hit by a cyber attack?",
            "How many electric vehicle charging points are installed?",
        }.Select((question, i) => new EvalQuestion { Id = $"builtin-{i + 1}", Question = question, GoldRefs = [] }),
    ];
}
