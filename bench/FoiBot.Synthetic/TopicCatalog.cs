namespace FoiBot.Synthetic;

/// <summary>Reads the embedded topics.txt: the subjects letters are written about, and which authorities answer each.</summary>
internal static class TopicCatalog
{
    private static readonly Lazy<IReadOnlyList<Topic>> s_all = new(Load);

    public static IReadOnlyList<Topic> All => s_all.Value;

    private static IReadOnlyList<Topic> Load()
    {
        using var stream = typeof(TopicCatalog).Assembly.GetManifestResourceStream("FoiBot.Synthetic.topics.txt")
            ?? throw new InvalidOperationException("The embedded topics.txt is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal static IReadOnlyList<Topic> Parse(string text)
    {
        var topics = new List<Topic>();
        string[]? header = null;
        var questions = new List<TopicQuestion>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var body = line.Length > 2 ? line[2..] : "";
            switch (line[0])
            {
                case '@':
                    Flush(topics, header, questions);
                    header = line[1..].Split('|');
                    questions = [];
                    break;
                case 'Q':
                    questions.Add(new TopicQuestion { Text = body });
                    break;
                case 'A':
                    questions[^1] = questions[^1] with { Information = body };
                    break;
                case 'Y':
                    questions[^1] = questions[^1] with { Yes = body };
                    break;
                case 'N':
                    questions[^1] = questions[^1] with { No = body };
                    break;
                default:
                    throw new FormatException($"topics.txt: cannot read line \"{line}\".");
            }
        }

        Flush(topics, header, questions);
        return topics;
    }

    private static void Flush(List<Topic> topics, string[]? header, List<TopicQuestion> questions)
    {
        if (header is null)
        {
            return;
        }

        if (header.Length != 5 || questions.Count == 0)
        {
            throw new FormatException($"topics.txt: topic \"{header[0]}\" needs five header fields and at least one question.");
        }

        topics.Add(new Topic
        {
            Id = header[0],
            Title = header[1],
            Ask = header[2],
            Paraphrase = header[3],
            Answerers = header[4],
            Questions = [.. questions],
        });
    }
}
