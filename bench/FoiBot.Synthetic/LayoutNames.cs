namespace FoiBot.Synthetic;

/// <summary>The names layouts carry in truth.jsonl.</summary>
internal static class LayoutNames
{
    public static string Of(LetterLayout layout) => layout switch
    {
        LetterLayout.Numbered => "numbered",
        LetterLayout.Echo => "echo",
        LetterLayout.Prose => "prose",
        LetterLayout.YouAsked => "you-asked",
        LetterLayout.RequestResponse => "request-response",
        LetterLayout.Form => "form",
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    /// <summary>How often each layout is an authority's house style, in enum order.</summary>
    public static readonly double[] Shares = [0.32, 0.16, 0.2, 0.08, 0.12, 0.12];
}
