namespace FoiBot.Synthetic;

/// <summary>How users word the questions: the topic's own question, a member of the public's paraphrase, a reference lookup.</summary>
internal static class QuestionWording
{
    private static readonly Lazy<Dictionary<string, AuthorityProfile>> s_profiles =
        new(() => AuthorityPool.Default.Profiles.ToDictionary(p => p.Authority.Name, StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, Topic>> s_topics = new(() => TopicCatalog.All.ToDictionary(t => t.Id, StringComparer.Ordinal));

    // Made up, so no letter can answer them.
    private static readonly string[] s_unknownAuthorities = ["Borsetshire County Council", "Ambridge Parish Council", "Royston Vasey Town Council", "Midsomer Constabulary"];

    // Subjects no topic covers.
    private static readonly string[] s_unknownSubjects =
    [
        "How many beehives does {a} keep on its roofs?", "Does {a} own a hot air balloon?", "How much did {a} spend on office pot plants?",
        "How many Christmas trees did {a} buy for its offices?",
    ];

    public static SyntheticQuestion Named(string authority, string topicId, string kind, LetterRandom random, IReadOnlyList<string> gold, string id)
    {
        var profile = s_profiles.Value[authority];
        var topic = s_topics.Value[topicId];
        var name = profile.Answers == "council" && random.Chance(0.4) ? profile.ShortName + " Council" : profile.ShortName;
        var text = kind == "direct" ? topic.Ask.Replace("{a}", name, StringComparison.Ordinal) : Casual(topic.Paraphrase.Replace("{a}", name, StringComparison.Ordinal), random);
        return new SyntheticQuestion(id, text, [.. gold], kind);
    }

    public static SyntheticQuestion ByReference(SyntheticLetter letter, LetterRandom random, string id)
    {
        var name = s_profiles.Value[letter.Authority].ShortName;
        var text = random.Next(4) switch
        {
            0 => $"What did {name} say in reply to request {letter.Reference}?",
            1 => $"What was the response to FOI {letter.Reference}?",
            2 => $"show me request {letter.Reference}",
            _ => $"What was decided on {letter.Reference} about {letter.TopicTitle.ToLowerInvariant()}?",
        };
        return new SyntheticQuestion(id, text, [letter.Reference], "reference");
    }

    /// <param name="present">Whether the corpus holds a letter from the authority on the topic.</param>
    public static SyntheticQuestion Unanswerable(LetterRandom random, int index, Func<string, string, bool> present, string id)
    {
        var topic = random.Pick(TopicCatalog.All);
        string text;
        switch (index % 3)
        {
            case 0:
                text = topic.Ask.Replace("{a}", random.Pick(s_unknownAuthorities), StringComparison.Ordinal);
                break;
            case 1:
                text = random.Pick(s_unknownSubjects).Replace("{a}", random.Pick(AuthorityPool.Default.Profiles).ShortName, StringComparison.Ordinal);
                break;
            default:
                // An authority the corpus knows, asked about a topic it has no letter on; the least frequent authorities qualify.
                var profiles = AuthorityPool.Default.Profiles;
                var profile = profiles[profiles.Count - 1 - random.Next(profiles.Count / 4)];
                var shelf = TopicShelf.For(profile.Answers);
                var unasked = shelf.FirstOrDefault(t => !present(profile.Authority.Name, t.Id));
                text = unasked is null
                    ? random.Pick(s_unknownSubjects).Replace("{a}", profile.ShortName, StringComparison.Ordinal)
                    : unasked.Ask.Replace("{a}", profile.ShortName, StringComparison.Ordinal);
                break;
        }

        return new SyntheticQuestion(id, text, [], "unanswerable");
    }

    /// <summary>Users type in lower case and leave the question mark off as often as not.</summary>
    private static string Casual(string text, LetterRandom random) => random.Chance(0.5) ? text + "?" : text;
}
