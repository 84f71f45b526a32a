namespace FoiBot.Synthetic;

/// <summary>The topics each kind of authority is asked about, in catalog order (earlier ones are asked more often).</summary>
internal static class TopicShelf
{
    private static readonly Lazy<Dictionary<string, IReadOnlyList<Topic>>> s_byAnswerer = new(Build);

    public static IReadOnlyList<Topic> For(string answers) => s_byAnswerer.Value[answers];

    private static Dictionary<string, IReadOnlyList<Topic>> Build()
    {
        var all = TopicCatalog.All;
        var shelves = new Dictionary<string, IReadOnlyList<Topic>>(StringComparer.Ordinal);
        foreach (var kind in new[] { "council", "police", "fire", "nhs", "transport", "other" })
        {
            // Police, fire, NHS and transport bodies also get the questions every authority gets (cyber, agency staff).
            shelves[kind] = [.. all.Where(t => t.Answerers == kind || t.Answerers == "any")];
        }

        return shelves;
    }
}
