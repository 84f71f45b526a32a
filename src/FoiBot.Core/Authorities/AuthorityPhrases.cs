namespace FoiBot.Core.Authorities;

/// <summary>Turns an authority's names, aliases and place names into the phrases the index matches.</summary>
internal static class AuthorityPhrases
{
    /// <summary>Every phrase for <paramref name="authority"/>, strongest kind first so a shared phrase reports as Name before Alias.</summary>
    /// <exception cref="FormatException">A name, alias or place name has no words or too many.</exception>
    public static IEnumerable<IndexedPhrase> For(Authority authority)
    {
        foreach (var phrase in WithAndWithoutThe(authority, authority.Name, AuthorityMentionKind.Name, CaseRule.None))
        {
            yield return phrase;
        }

        foreach (var alias in authority.Aliases)
        {
            foreach (var phrase in WithAndWithoutThe(authority, alias, AuthorityMentionKind.Alias, CaseRule.Acronym))
            {
                yield return phrase;
            }
        }

        foreach (var place in authority.PlaceNames)
        {
            yield return Build(authority, place, AuthorityMentionKind.PlaceName, CaseRule.Place);
        }

        if (!AuthorityKinds.IsCouncil(authority.Kind))
        {
            yield break;
        }

        // People write "Barnet Council", "Barnet council" and "council of Barnet" for any council; the place name
        // keeps its own case rule, so "reading council" is not Reading's.
        foreach (var place in authority.PlaceNames)
        {
            yield return Build(authority, place, AuthorityMentionKind.Alias, CaseRule.Place, after: ["council"]);
            yield return Build(authority, place, AuthorityMentionKind.Alias, CaseRule.Place, before: ["council", "of"]);
        }
    }

    private static IEnumerable<IndexedPhrase> WithAndWithoutThe(Authority authority, string written, AuthorityMentionKind kind, CaseRule rule)
    {
        var phrase = Build(authority, written, kind, rule);
        yield return phrase;
        if (phrase.Words.Length > 1 && phrase.Words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            yield return phrase with
            {
                Words = phrase.Words[1..],
                ExactCase = phrase.ExactCase >> 1,
                BreaksAllowed = phrase.BreaksAllowed >> 1,
            };
        }
    }

    private static IndexedPhrase Build(Authority authority, string written, AuthorityMentionKind kind, CaseRule rule, string[]? before = null, string[]? after = null)
    {
        var tokens = TextTokenizer.Tokenize(written);
        before ??= [];
        after ??= [];
        var count = before.Length + tokens.Count + after.Length;
        if (tokens.Count == 0 || count > IndexedPhrase.MaxWords)
        {
            throw new FormatException($"'{written}' must have between 1 and {IndexedPhrase.MaxWords} words.");
        }

        var words = new string[count];
        before.CopyTo(words, 0);
        after.CopyTo(words, before.Length + tokens.Count);
        ulong exact = 0;
        ulong breaks = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var at = before.Length + i;
            words[at] = tokens[i].KeySpan(written).ToString();
            if (MustMatchCase(rule, words[at], tokens.Count))
            {
                exact |= 1UL << at;
            }

            if (i > 0 && tokens[i].BreakBefore)
            {
                breaks |= 1UL << at;
            }
        }

        return new IndexedPhrase(authority, kind, words, exact, breaks);
    }

    /// <summary>
    /// Capitalised words of place names match only as written ("Reading", not "reading"); their connectors
    /// ("upon", "and") do not, so "Kingston Upon Thames" still matches. A one-word alias with a capital after its
    /// first letter is an acronym ("TfL", "HMRC"), matched as written because lower-cased acronyms are often words.
    /// </summary>
    private static bool MustMatchCase(CaseRule rule, string word, int writtenWords) => rule switch
    {
        CaseRule.Place => char.IsUpper(word[0]),
        CaseRule.Acronym => writtenWords == 1 && word.AsSpan(1).ContainsAnyInRange('A', 'Z'),
        _ => false,
    };

    private enum CaseRule
    {
        None,
        Acronym,
        Place,
    }
}
