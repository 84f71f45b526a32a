using System.Text.RegularExpressions;
using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering.Conversations;

/// <summary>
/// When a question leans on the one before it. Only an incomplete question does: one with no topic of its own
/// ("and Barnet?", "what about 2019?") is the earlier question again for what it changes, and one that opens as a
/// follow-up or points back ("what about CCTV?", "do they use drones?") without naming an authority keeps the
/// authority asked about. A question with its own topic and authority stands on its own, whatever came before.
/// Every engine and every front end (the bot, `foibot chat`) use this one rule.
/// </summary>
public sealed partial class FollowUpRule
{
    private readonly IndexedAuthorities _indexed;
    private readonly EvidenceScorer _scorer;

    public FollowUpRule(LetterIndex index, AuthorityCatalog catalog)
    {
        _indexed = new IndexedAuthorities(index, catalog);
        _scorer = new EvidenceScorer(index);
    }

    /// <summary>The request to answer in place of <paramref name="request"/>; null when it stands on its own.</summary>
    public AnswerRequest? Resolve(AnswerRequest request, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (previous is null)
        {
            return null;
        }

        var parsed = _indexed.Current.Reader.Read(request.Question);
        if (parsed.References.Count > 0)
        {
            return null;
        }

        var named = string.IsNullOrWhiteSpace(request.Authority) ? parsed.Authorities.FirstOrDefault() : request.Authority;
        var fragment = Cue().Replace(parsed.Text, "").Trim().TrimEnd('?', '.', '!').Trim();
        var ownTopic = _scorer.Concepts(Years().Replace(Cue().Replace(parsed.Topic, ""), " ")).Count > 0;
        if (!ownTopic)
        {
            // "and Camden?" asks the earlier question of Camden; "what about 2019?" asks it again for 2019.
            var changesTime = parsed.Time != TimeScope.None || Years().IsMatch(fragment);
            var question = changesTime && fragment.Length > 0
                ? $"{previous.Topic.Trim().TrimEnd('?', '.', '!')} {fragment}?"
                : previous.Topic;
            return request with { Question = question, Authority = named ?? previous.Authority };
        }

        var leans = Cue().IsMatch(parsed.Text) || PointsBack().IsMatch(parsed.Text);
        return named is null && leans && previous.Authority is not null ? request with { Authority = previous.Authority } : null;
    }

    /// <summary>The authority a request is about: chosen outside it, else the first it names.</summary>
    public string? AuthorityOf(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(request.Authority) ? _indexed.Current.Reader.Read(request.Question).Authorities.FirstOrDefault() : request.Authority;
    }

    /// <summary>The words a follow-up opens with.</summary>
    [GeneratedRegex(@"^\s*(?:(?:and|but|so)\s+)?(?:(?:what|how)\s+about|what\s+of|same\s+(?:for|with)|also|and|then)\b[\s,:]*", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    /// <summary>Words that stand for the authority asked about before.</summary>
    [GeneratedRegex(@"\b(?:they|them|their|theirs|it|its|the same (?:council|authority|force|body)|that (?:council|authority|force|body))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b")]
    private static partial Regex Years();
}
