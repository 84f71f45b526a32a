namespace FoiBot.Bench.Scale;

/// <summary>Replaces the text between the scale markers of a README, leaving the rest of it as it was.</summary>
internal static class ReadmeSection
{
    public const string Begin = "<!-- scale:begin (written by bench/FoiBot.Bench scale; do not edit by hand) -->";
    public const string End = "<!-- scale:end -->";

    public static string Replace(string readme, string section)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"The README has no \"{Begin}\" ... \"{End}\" section to write the results into.");
        }

        return readme[..(begin + Begin.Length)] + "\n" + section.TrimEnd() + "\n" + readme[end..];
    }
}
