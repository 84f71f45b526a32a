using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>Decides one letter: who wrote it, on what, in which shape, when, and what each question's answer amounts to.</summary>
internal static class LetterPlanner
{
    private static readonly DateOnly s_first = new(2014, 1, 1);
    private const int DaySpan = 12 * 365;

    private static readonly string[] s_surnames = ["Smith", "Patel", "Jones", "Williams", "Brown", "Khan", "Taylor", "Davies", "Evans", "Wilson", "Murray", "Campbell", "O'Neill", "Hughes"];
    private static readonly string[] s_firsts = ["Sarah", "James", "Priya", "David", "Emma", "Tom", "Aisha", "Gareth", "Fiona", "Mark", "Helen", "Rory"];
    private static readonly string[] s_roles = ["Information Governance Officer", "FOI Officer", "Information Rights Manager", "Data Protection Officer", "Senior Information Officer"];

    public static LetterPlan Plan(int number, LetterRandom random)
    {
        var profile = AuthorityPool.Default.Draw(random);
        var topics = TopicShelf.For(profile.Answers);
        var topic = topics[Math.Min(topics.Count - 1, (int)(random.NextDouble() * random.NextDouble() * topics.Count))];
        var layout = random.Chance(0.85) ? profile.Layout : (LetterLayout)random.Weighted(LayoutNames.Shares);
        var date = s_first.AddDays(random.Next(DaySpan));
        var law = AccessLawText.For(topic, profile);
        var context = new AnswerContext(random, topic, profile, law, date.Year);
        return new LetterPlan
        {
            Number = number,
            Profile = profile,
            Topic = topic,
            Layout = layout,
            Law = law,
            Reference = Reference(number, layout, law, date, random),
            Date = date,
            DatePrinted = !random.Chance(0.06),
            Received = date.AddDays(-5 - random.Next(30)),
            Pairs = PairPlanner.Plan(context),
            Preamble = random.Chance(0.6) ? Preamble(context) : null,
            RequesterReference = random.Chance(0.2) ? $"{random.Pick(s_surnames).ToUpperInvariant()[..3]}/{random.Between(100, 99_999)}" : null,
            NamedInLetterhead = profile.Domain is null || !random.Chance(0.15),
            Boilerplate = random.Weighted([0.06, 0.14, 0.3, 0.3, 0.2]),
            PageClutter = random.Chance(0.2),
            Salutation = random.Next(5) switch
            {
                0 => "Dear Sir/Madam",
                1 => "Dear Requester",
                2 => "Dear Mr " + random.Pick(s_surnames),
                3 => "Dear Ms " + random.Pick(s_surnames),
                _ => "Dear " + random.Pick(s_firsts),
            },
            Signer = random.Pick(s_firsts) + " " + random.Pick(s_surnames) + "\n" + random.Pick(s_roles),
        };
    }

    private static string Preamble(AnswerContext c) => c.Random.Next(4) switch
    {
        0 => $"I am writing under the {c.Law.Title} to request information about {c.Subject}. Please provide the figures for each of the last three financial years where they are held.",
        1 => $"I am a researcher looking at how public bodies across the UK deal with {c.Subject}, and I would be grateful for the following information.",
        2 => $"Please could you provide the following information regarding {c.Subject}. If any part of this request would exceed the cost limit, please answer the parts that do not and advise me how to narrow the rest.",
        _ => $"I would like to know more about {c.Subject} in your area.",
    };

    /// <summary>A reference in the shape the layout's authorities use; the letter number inside it keeps every reference unique.</summary>
    private static string Reference(int number, LetterLayout layout, AccessLawText law, DateOnly date, LetterRandom random)
    {
        var year = date.Month >= 4 ? date.Year % 100 : (date.Year - 1) % 100;
        return layout switch
        {
            LetterLayout.Echo => (10_000_000L + number).ToString(System.Globalization.CultureInfo.InvariantCulture),
            LetterLayout.Prose => $"FOI{300_000_000L + number}",
            LetterLayout.YouAsked => $"FOI-{1000L + number}-{year:00}{(year + 1) % 100:00}",
            LetterLayout.RequestResponse => $"1010{number:D8}",
            LetterLayout.Form => (100_000L + number).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => random.Chance(0.5) ? $"{law.Abbreviation}-{10_000L + number}" : $"{law.Abbreviation}/{number:D6}/{year:00}",
        };
    }

    /// <summary>Which of the letter's answers give information and which withhold it.</summary>
    internal static Outcome Combine(IEnumerable<PlannedPair> pairs) => Core.Text.OutcomeReader.Combine(pairs.Select(p => p.Outcome));
}
