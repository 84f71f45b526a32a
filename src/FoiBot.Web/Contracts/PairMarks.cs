namespace FoiBot.Web.Contracts;

/// <summary>The highlights of one question/answer pair.</summary>
public sealed record PairMarks(IReadOnlyList<TextMark> Question, IReadOnlyList<TextMark> Answer);
