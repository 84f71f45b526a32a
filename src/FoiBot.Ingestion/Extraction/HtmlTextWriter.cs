using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace FoiBot.Ingestion.Extraction;

/// <summary>Walks a parsed page (without recursion, so depth costs no stack) and writes the text a reader sees.</summary>
internal sealed class HtmlTextWriter(CancellationToken cancellationToken)
{
    private static readonly HashSet<string> s_dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
        "svg", "iframe", "object", "head", "dialog",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "address", "table", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "hr",
    };

    // Blocks set apart by a blank line in a letter's plain text; a div or list item only starts a new line.
    private static readonly HashSet<string> s_paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol", "hr",
    };

    private readonly StringBuilder _text = new();
    private int _visited;

    public string Write(HtmlNode root)
    {
        // A frame is a node to open, or (Node null) a block to close after its children.
        var pending = new Stack<(HtmlNode? Node, string? CloseBlock)>();
        pending.Push((root, null));
        while (pending.TryPop(out var frame))
        {
            if (frame.Node is not { } node)
            {
                Break(s_paragraphs.Contains(frame.CloseBlock!));
                continue;
            }

            if (++_visited % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendInline(WebUtility.HtmlDecode(((HtmlTextNode)node).Text), InsidePre(node));
                    break;
                case HtmlNodeType.Element when node.Name.Equals("br", StringComparison.OrdinalIgnoreCase):
                    _text.Append('\n');
                    break;
                case HtmlNodeType.Element when node.Name.Equals("tr", StringComparison.OrdinalIgnoreCase):
                    WriteRow(node);
                    break;
                case HtmlNodeType.Element when s_dropped.Contains(node.Name) || HtmlClutter.IsClutter(node):
                    break;
                case HtmlNodeType.Element or HtmlNodeType.Document:
                    var block = s_blocks.Contains(node.Name);
                    if (block)
                    {
                        Break(s_paragraphs.Contains(node.Name));
                        pending.Push((null, node.Name));
                    }

                    for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
                    {
                        pending.Push((node.ChildNodes[i], null));
                    }

                    break;
            }
        }

        return HtmlClutter.DropClutterLines(_text.ToString());
    }

    /// <summary>A table row on one line, cells joined by " | ", so that a question and its answer stay together.</summary>
    private void WriteRow(HtmlNode row)
    {
        var cells = row.ChildNodes
            .Where(c => c.Name is "td" or "th")
            .Select(c => Collapse(WebUtility.HtmlDecode(c.InnerText)))
            .Where(c => c.Length > 0)
            .ToList();
        if (cells.Count > 0)
        {
            Break(paragraph: false);
            _text.Append(string.Join(" | ", cells)).Append('\n');
        }
    }

    private void AppendInline(string text, bool preformatted)
    {
        if (preformatted)
        {
            _text.Append(text.ReplaceLineEndings("\n"));
            return;
        }

        var collapsed = Collapse(text);
        if (collapsed.Length == 0)
        {
            if (text.Length > 0 && _text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
            {
                _text.Append(' ');
            }

            return;
        }

        if (char.IsWhiteSpace(text[0]) && _text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
        {
            _text.Append(' ');
        }

        _text.Append(collapsed);
        if (char.IsWhiteSpace(text[^1]))
        {
            _text.Append(' ');
        }
    }

    /// <summary>Ends the current line, and for a paragraph leaves one blank line, never more.</summary>
    private void Break(bool paragraph)
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        if (_text.Length == 0)
        {
            return;
        }

        if (_text[^1] != '\n')
        {
            _text.Append('\n');
        }

        if (paragraph && (_text.Length < 2 || _text[^2] != '\n'))
        {
            _text.Append('\n');
        }
    }

    private static bool InsidePre(HtmlNode node) => node.Ancestors("pre").Any();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
