namespace FoiBot.Core.Authorities;

/// <summary>Every phrase of every authority in one word trie, so a text is matched in a single pass over its words.</summary>
/// <remarks>
/// Words are looked up case-insensitively; the case rules of place names and acronyms are checked only on the
/// few phrases that reach a full match. Lookups go through spans of the text, so matching allocates nothing per word.
/// </remarks>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    public void Add(IndexedPhrase phrase)
    {
        var node = _root;
        foreach (var word in phrase.Words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Children.Add(word, child);
            }

            node = child;
        }

        node.Phrases ??= [];
        node.Phrases.Add(phrase);
    }

    /// <summary>The longest phrase that starts at word <paramref name="first"/>, or null.</summary>
    /// <param name="last">Only a phrase ending exactly at this word counts; -1 for any end.</param>
    public PhraseMatch? Match(string text, List<TextToken> tokens, int first, int last = -1)
    {
        PhraseMatch? best = null;
        var node = _root;
        for (var k = first; k < tokens.Count && (last < 0 || k <= last); k++)
        {
            var token = tokens[k];
            var counts = last < 0 || k == last;
            if (counts && token.StemLength > 0 && Child(node, token.StemSpan(text)) is { Phrases: { } stemmed })
            {
                best = Accepted(stemmed, text, tokens, first, stemLast: true) is { } phrase
                    ? new PhraseMatch(phrase, first, k, StemLast: true)
                    : best;
            }

            var next = Child(node, token.KeySpan(text));
            if (next is null)
            {
                break;
            }

            node = next;
            if (counts && node.Phrases is not null && Accepted(node.Phrases, text, tokens, first, stemLast: false) is { } whole)
            {
                best = new PhraseMatch(whole, first, k, StemLast: false);
            }
        }

        return best;
    }

    private static Node? Child(Node node, ReadOnlySpan<char> word) =>
        node.Children is { } children && children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var child)
            ? child
            : null;

    private static IndexedPhrase? Accepted(List<IndexedPhrase> phrases, string text, List<TextToken> tokens, int first, bool stemLast)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Accepts(text, tokens, first, stemLast))
            {
                return phrase;
            }
        }

        return null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<IndexedPhrase>? Phrases { get; set; }
    }
}
