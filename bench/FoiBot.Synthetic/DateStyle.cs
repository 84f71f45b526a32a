namespace FoiBot.Synthetic;

/// <summary>How an authority writes dates: "27 August 2019", "27/08/2019", "2019-08-27" and the rest.</summary>
internal enum DateStyle
{
    Long,
    Slashes,
    Iso,
    Dashes,
    Weekday,
    Ordinal,
}
