using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>The items of a request's outer list, each with the lines and inner lists that belong to it.</summary>
internal static partial class ListItems
{
    private const int HeadingWords = 6;

    public static IEnumerable<string> Read(string text, IReadOnlyList<ItemMarker> outer)
    {
        for (var i = 0; i < outer.Count; i++)
        {
            var end = i + 1 < outer.Count ? outer[i + 1].Start : text.Length;
            yield return Item(text[outer[i].End..end], last: i + 1 == outer.Count);
        }
    }

    private static string Item(string body, bool last)
    {
        var paragraphs = ParagraphBreak().Split(body);
        var kept = new List<string> { paragraphs[0] };
        for (var p = 1; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p].Trim();
            var opensInnerList = ItemMarkers.Find(paragraph).Any(m => m.Start == 0);

            // After the last item only its inner list follows; the rest is the request's closing words.
            if (last && !opensInnerList)
            {
                break;
            }

            // A paragraph before the next item that ends in a colon, or a short title, introduces the next items.
            var beforeNext = p + 1 == paragraphs.Length || paragraphs[(p + 1)..].All(string.IsNullOrWhiteSpace);
            if (beforeNext && !opensInnerList && (paragraph.EndsWith(':') || IsHeading(paragraph)))
            {
                continue;
            }

            kept.Add(paragraph);
        }

        var item = string.Join("\n", kept);
        return last ? CutClosing(item) : item;
    }

    private static string CutClosing(string item)
    {
        var lines = item.Split('\n');
        var closing = Array.FindIndex(lines, 1, l => RequestText.IsClosing(l));
        return closing < 0 ? item : string.Join("\n", lines[..closing]);
    }

    private static bool IsHeading(string paragraph) =>
        paragraph.Length > 0 && !paragraph.Contains('\n', StringComparison.Ordinal)
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= HeadingWords
        && !".?!:;".Contains(paragraph[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();
}
