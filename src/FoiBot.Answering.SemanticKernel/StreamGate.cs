using System.Text;
using FoiBot.Answering.SemanticKernel.Grounding;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Lets streamed text through a sentence at a time, once the sentence is over (its closing citation included) and
/// has passed the same check as the whole answer will, citation required; renumbered, so nothing unchecked is
/// shown. Once a sentence fails, nothing more is let through and the engine falls back.
/// </summary>
internal sealed class StreamGate(PassageTable table, Action<string> onText)
{
    private readonly StringBuilder _pending = new();
    private readonly List<int> _order = [];
    private int _sentences;

    /// <summary>Why a sentence was held back; null while every sentence has passed.</summary>
    public string? Problem { get; private set; }

    public void Write(string token)
    {
        _pending.Append(token);
        var spans = DraftSentences.Spans(_pending.ToString());

        // The last span may still grow (its stop, or the marker after its stop, not yet streamed).
        if (spans.Count > 1)
        {
            Release(spans[^1].Start);
        }
    }

    /// <summary>Lets the last sentence through once the model has finished.</summary>
    public void Complete() => Release(_pending.Length);

    private void Release(int length)
    {
        var text = _pending.ToString(0, length);
        _pending.Remove(0, length);
        if (Problem is not null || text.Length == 0)
        {
            return;
        }

        foreach (var sentence in DraftSentences.Split(text))
        {
            if (Problem is not null)
            {
                return;
            }

            Show(sentence);
        }
    }

    private void Show(string sentence)
    {
        if (!sentence.Any(char.IsLetterOrDigit))
        {
            onText(sentence);
            return;
        }

        var check = CitationCheck.CheckWhole(sentence, table) is { } whole
            ? CheckedDraft.Fail(whole)
            : CitationCheck.CheckSentence(sentence, ++_sentences, table);

        // The opening's yes or no is held to the verdict of the passages it cites, before anyone reads it.
        Problem = check.Problem
            ?? (_sentences == 1 ? ProseStance.Conflict(sentence, LlmAnswerBuilder.VerdictOf(check.Cited.Select(n => table.Get(n)!))) : null);
        if (Problem is not null)
        {
            return;
        }

        _order.AddRange(check.Cited.Where(n => !_order.Contains(n)));
        onText(CitationCheck.Renumber(sentence, _order));
    }
}
