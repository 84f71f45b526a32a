using FoiBot.Core;

namespace FoiBot.Web.Contracts;

/// <summary>A whole letter; with a query, the words to highlight in each pair, in pair order.</summary>
public sealed record LetterResponse(Disclosure Letter, IReadOnlyList<PairMarks> Marks);
