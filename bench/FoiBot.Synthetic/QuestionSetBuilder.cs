namespace FoiBot.Synthetic;

/// <summary>
/// Builds questions.jsonl from the truth: questions naming an authority and a topic (gold: every letter that
/// authority wrote on it), questions by reference number (gold: that letter), and questions no letter answers.
/// </summary>
internal sealed class QuestionSetBuilder(int seed)
{
    /// <summary>More letters than this on one authority and topic make a gold list too long to be a useful question.</summary>
    private const int MaxGold = 25;

    private readonly Dictionary<(string Authority, string Topic), List<string>> _byAuthorityTopic = [];
    private readonly Dictionary<(string Authority, string Topic), int> _crowded = [];

    public void Add(SyntheticLetter letter)
    {
        var key = (letter.Authority, letter.Topic);
        if (_crowded.TryGetValue(key, out var crowded))
        {
            _crowded[key] = crowded + 1;
            return;
        }

        if (!_byAuthorityTopic.TryGetValue(key, out var refs))
        {
            _byAuthorityTopic[key] = refs = [];
        }

        refs.Add(letter.Reference);
        if (refs.Count > MaxGold)
        {
            _byAuthorityTopic.Remove(key);
            _crowded[key] = refs.Count;
        }
    }

    /// <returns>How many questions were written.</returns>
    public int Write(string path, int wanted, int letters)
    {
        var random = LetterRandom.ForStream(seed, 0x9E57);
        var questions = new List<SyntheticQuestion>(wanted);
        var candidates = _byAuthorityTopic.Keys.OrderBy(k => k.Authority, StringComparer.Ordinal).ThenBy(k => k.Topic, StringComparer.Ordinal).ToList();
        random.Shuffle(candidates);
        var direct = (int)(wanted * 0.35);
        var paraphrase = (int)(wanted * 0.25);
        var unanswerable = Math.Min(wanted, (int)(wanted * 0.15) + (wanted > 0 ? 1 : 0));
        var named = Math.Min(candidates.Count, direct + paraphrase);
        for (var i = 0; i < named; i++)
        {
            var key = candidates[i];
            var kind = i < direct ? "direct" : "paraphrase";
            questions.Add(QuestionWording.Named(key.Authority, key.Topic, kind, random, _byAuthorityTopic[key], $"syn-{kind[0]}{i + 1:D3}"));
        }

        for (var i = 0; i < unanswerable; i++)
        {
            questions.Add(QuestionWording.Unanswerable(random, i, Present, $"syn-u{i + 1:D3}"));
        }

        var references = Math.Min(Math.Max(0, wanted - questions.Count), letters);
        var asked = new HashSet<int>();
        for (var i = 0; i < references; i++)
        {
            var number = random.Next(letters);
            while (!asked.Add(number))
            {
                number = (number + 1) % letters;
            }

            var letter = SyntheticCorpus.Generate(seed, number);
            questions.Add(QuestionWording.ByReference(letter, random, $"syn-r{i + 1:D3}"));
        }

        QuestionFile.Write(path, questions);
        return questions.Count;
    }

    private bool Present(string authority, string topic) =>
        _byAuthorityTopic.ContainsKey((authority, topic)) || _crowded.ContainsKey((authority, topic));
}
