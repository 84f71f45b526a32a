using FoiBot.Core.Text;

namespace FoiBot.Evaluation;

/// <summary>
/// A key that is a whole date ("27/12/2023", "11 January 2018", "1 December, 2017") is shown by the same day written
/// in any of the forms letters use (<see cref="LetterDateParser"/>): the engine cites "11 Jan 2018" for a letter dated
/// "11/01/2018". Only full dates count; a month and year, or a day and month, stay ordinary text keys.
/// </summary>
public static class KeyDate
{
    /// <summary>The day the key names, when the whole key is one date; otherwise null.</summary>
    public static DateOnly? Of(string key) => LetterDateParser.IsDateOnly(key.Trim()) ? LetterDateParser.Parse(key) : null;

    /// <summary>Whether the text gives the day anywhere.</summary>
    public static bool IsShown(DateOnly day, string text) => LetterDateParser.DatesIn(text).Contains(day);
}
