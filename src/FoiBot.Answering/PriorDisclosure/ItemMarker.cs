namespace FoiBot.Answering.PriorDisclosure;

/// <summary>A number, letter or bullet that opens an item of a request's list.</summary>
/// <param name="Start">Where the marker starts in the text.</param>
/// <param name="End">Where the item's own words start.</param>
/// <param name="Style">Which list it belongs to: "1", "1.1", "a", or the bullet's character.</param>
/// <param name="Ordinal">Its place in that list (1 for "1." and "a)"); 0 for bullets.</param>
/// <param name="LineStart">Whether it opens a line, rather than following a sentence on the same line.</param>
/// <param name="PeriodOnly">Whether its line holds only a year or period ("a) 2022", "b) April 2023 to March 2024").</param>
internal sealed record ItemMarker(int Start, int End, string Style, int Ordinal, bool LineStart, bool PeriodOnly);
