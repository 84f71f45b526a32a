namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Lets streamed text through a sentence at a time, each sentence checked as the whole answer will be (cited
/// passages retrieved, quotes in their letters, no foreign references) and renumbered, so nothing unchecked is shown.
/// Once a sentence fails, nothing more is let through and the engine falls back.
/// </summary>
internal sealed class StreamGate(PassageTable table, Action<string> onText)
{
    private readonly System.Text.StringBuilder _pending = new();
    private readonly List<int> _order = [];

    /// <summary>Why a sentence was held back; null while every sentence has passed.</summary>
    public string? Problem { get; private set; }

    public void Write(string token)
    {
        _pending.Append(token);
        var end = LastSafeEnd(_pending.ToString());
        if (end > 0)
        {
            Release(end);
        }
    }

    /// <summary>Lets the last sentence through once the model has finished.</summary>
    public void Complete() => Release(_pending.Length);

    private void Release(int length)
    {
        var fragment = _pending.ToString(0, length);
        _pending.Remove(0, length);
        if (Problem is not null || fragment.Length == 0)
        {
            return;
        }

        var check = CitationCheck.Check(fragment, table, requireCitation: false);
        if (!check.Passed)
        {
            Problem = check.Problem;
            return;
        }

        _order.AddRange(check.Cited.Where(n => !_order.Contains(n)));
        onText(CitationCheck.Renumber(fragment, _order));
    }

    /// <summary>The end of the last whole sentence outside any quote, or 0 when there is none yet.</summary>
    private static int LastSafeEnd(string text)
    {
        var inQuote = false;
        var end = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            inQuote = c switch
            {
                '"' => !inQuote,
                '“' => true,
                '”' => false,
                _ => inQuote,
            };
            if (!inQuote && c is '.' or '!' or '?' or '\n' && char.IsWhiteSpace(text[i + 1]))
            {
                end = i + 1;
            }
        }

        return end;
    }
}
