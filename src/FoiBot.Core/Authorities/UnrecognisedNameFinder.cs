namespace FoiBot.Core.Authorities;

/// <summary>
/// Finds phrases shaped like an authority's name that the catalog does not know, so a question about
/// "Narnia Borough Council" can be answered "not an authority I know" rather than with another council's letters.
/// </summary>
/// <remarks>
/// Two shapes count: one to four capitalised words before "Council", "Police" or "Constabulary" (with "City",
/// "County", "Borough" and the like allowed in between), and one to four after "London Borough of", "Council of"
/// or "City of". Leading determiners, question words and designators are dropped, and what is left must hold a
/// real name word, so "The City Council" or "Does the council" are not reported. A head word followed by another
/// capitalised word is taken as part of a title-case heading ("Council Homes") and skipped; a name never runs
/// across another head word, so "Mordor Council and Rohan Council" is two names.
/// </remarks>
internal static class UnrecognisedNameFinder
{
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> s_heads = new(["Council", "Police", "Constabulary"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_designators = new(
        ["City", "County", "Borough", "District", "Metropolitan", "Town", "Parish", "Community", "Unitary", "Regional"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_connectors = new(["and", "of", "upon", "on", "under", "in", "le", "with", "nan"], StringComparer.Ordinal);

    private static readonly string[][] s_prefixes = [["London", "Borough", "of"], ["Council", "of"], ["City", "of"]];

    /// <summary>Capitalised words that start sentences or qualify "council" without naming one.</summary>
    private static readonly HashSet<string> s_generic = new(
        [
            "The", "A", "An", "This", "That", "These", "Those", "Your", "Our", "My", "Their", "His", "Her", "Its", "Which", "What",
            "Who", "Whose", "When", "Where", "Why", "How", "Does", "Do", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
            "Can", "Could", "Will", "Would", "Should", "Shall", "May", "Might", "Must", "Please", "Dear", "If", "And", "But", "Or",
            "Not", "Nor", "So", "For", "From", "To", "In", "On", "At", "By", "With", "Of", "About", "Under", "Over", "Since",
            "After", "Before", "During", "Between", "Ask", "Tell", "Contact", "Thank", "Thanks", "Hello", "Hi", "I", "We",
            "You", "They", "He", "She", "It", "Both", "Either", "Neither", "Each", "Every", "Any", "All", "Some", "No", "Other",
            "Another", "Same", "Relevant", "Responsible", "Appropriate", "Neighbouring", "Neighboring", "Local", "Full",
            "Royal", "Military", "Traffic", "Transport", "Civil", "Special", "Armed", "Neighbourhood", "National", "British",
            "English", "Scottish", "Welsh", "Irish", "UK", "European", "Executive", "Youth", "School", "Student", "Health",
            "Security", "Arts", "Sports", "Research", "Medical", "General", "Privy", "Leader", "Members", "Member",
            "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static List<string> Find(string text, List<TextToken> tokens, List<AuthorityMention> mentions)
    {
        var spans = new List<(int First, int Last)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsHead(text, tokens[k]) && tokens[k].IsCapitalised(text) && !IsTitleCaseModifier(text, tokens, k)
                && NameBefore(text, tokens, k) is { } first)
            {
                spans.Add((first, k));
            }

            if (PrefixEndingAt(text, tokens, k) is { } prefixLast && NameAfter(text, tokens, prefixLast) is { } last)
            {
                spans.Add((k, last));
            }
        }

        spans.Sort();
        var found = new List<string>();
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last) = spans[i];
            while (i + 1 < spans.Count && spans[i + 1].First <= last)
            {
                last = Math.Max(last, spans[++i].Last);
            }

            var start = tokens[first].Start;
            var end = tokens[last].StemLength > 0 ? tokens[last].Start + tokens[last].StemLength : tokens[last].End;
            var phrase = text[start..end];
            if (!mentions.Exists(m => m.Start < end && start < m.Start + m.Length) && !found.Contains(phrase))
            {
                found.Add(phrase);
            }
        }

        return found;
    }

    /// <summary>The first word of the name before the head word at <paramref name="head"/>, or null when there is none.</summary>
    private static int? NameBefore(string text, List<TextToken> tokens, int head)
    {
        var end = head;
        for (var designators = 0; designators < 2 && end > 0 && Joined(tokens, end) && Is(text, tokens[end - 1], s_designators); designators++)
        {
            end--;
        }

        var first = end;
        var words = 0;
        for (var j = end; words < MaxNameWords && j > 0 && Joined(tokens, j); j--)
        {
            var word = tokens[j - 1];
            if (IsHead(text, word))
            {
                break;
            }

            if (word.IsCapitalised(text))
            {
                first = j - 1;
                words++;
            }
            else if (!(IsConnector(text, word) && j > 1 && Joined(tokens, j - 1) && tokens[j - 2].IsCapitalised(text)))
            {
                break;
            }
        }

        while (first < end && (Is(text, tokens[first], s_generic) || Is(text, tokens[first], s_designators) || IsConnector(text, tokens[first])))
        {
            first++;
        }

        return first < end ? first : null;
    }

    /// <summary>The last word of the name after the prefix ending at <paramref name="prefixLast"/>, or null when there is none.</summary>
    private static int? NameAfter(string text, List<TextToken> tokens, int prefixLast)
    {
        int? last = null;
        var words = 0;
        for (var j = prefixLast + 1; words < MaxNameWords && j < tokens.Count && Joined(tokens, j); j++)
        {
            var word = tokens[j];
            if (IsHead(text, word))
            {
                break;
            }

            if (word.IsCapitalised(text))
            {
                if (words == 0 && (Is(text, word, s_generic) || Is(text, word, s_designators)))
                {
                    return null;
                }

                last = j;
                words++;
            }
            else if (words == 0 || !IsConnector(text, word))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>The index of the prefix's last word when one of the prefixes starts at <paramref name="first"/>.</summary>
    private static int? PrefixEndingAt(string text, List<TextToken> tokens, int first)
    {
        if (!tokens[first].IsCapitalised(text))
        {
            return null;
        }

        foreach (var prefix in s_prefixes)
        {
            var last = first + prefix.Length - 1;
            if (last < tokens.Count && Enumerable.Range(0, prefix.Length).All(i =>
                (i == 0 || Joined(tokens, first + i)) && tokens[first + i].KeySpan(text).Equals(prefix[i], StringComparison.OrdinalIgnoreCase)))
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>
    /// "Council" followed by another capitalised word is a modifier in a title-case heading ("Mould and Damp in
    /// Council Homes", "Emergency Council Accommodation"), not the end of a name; a possessive ("Council's") never is.
    /// </summary>
    private static bool IsTitleCaseModifier(string text, List<TextToken> tokens, int head) =>
        tokens[head].StemLength == 0 && head + 1 < tokens.Count && Joined(tokens, head + 1) && tokens[head + 1].IsCapitalised(text);

    /// <summary>Nothing but spaces or hyphens stands between word <paramref name="k"/> and the one before it.</summary>
    private static bool Joined(List<TextToken> tokens, int k) => !tokens[k].BreakBefore;

    private static bool IsConnector(string text, TextToken token) =>
        s_connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.KeySpan(text));

    /// <summary>"Council", or its possessive ("Narnia Council's budget"), which ends a name just the same.</summary>
    private static bool IsHead(string text, TextToken token) =>
        In(s_heads, token.StemLength > 0 ? token.StemSpan(text) : token.KeySpan(text));

    private static bool Is(string text, TextToken token, HashSet<string> words) => In(words, token.KeySpan(text));

    private static bool In(HashSet<string> words, ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
