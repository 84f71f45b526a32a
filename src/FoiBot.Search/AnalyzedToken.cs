namespace FoiBot.Search;

/// <summary>One analysed term, with its word position and where it came from in the text.</summary>
/// <param name="Term">
/// A stem as indexed; a query-time synonym can be a phrase, its stems separated by single spaces
/// ("penalti charg notic"), which matches only as those words in order (a stop word may sit between).
/// </param>
/// <param name="Position">
/// The word position from 0; dropped stop words leave gaps. A synonym is repeated on the position of every
/// word it replaces ("lfr" on both "face" and "recognition"), so each position lists all of a word's alternatives.
/// </param>
/// <param name="StartOffset">Where the word starts in the text; for a synonym, where the words it replaces start.</param>
/// <param name="EndOffset">Where the word ends; for a synonym, where the words it replaces end.</param>
/// <param name="IsSynonym">True for a term the query-time synonym map added, rather than one the text holds.</param>
public sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset, bool IsSynonym = false);
