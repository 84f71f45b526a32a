using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>Follow-up questions requesters add to any topic: a yearly breakdown, complaints, contracts, who is responsible.</summary>
internal static class GenericQuestions
{
    public static IEnumerable<(string Text, Func<(string, Outcome)> Answer)> Pick(AnswerContext c, int count)
    {
        var order = new[] { 0, 1, 2, 3 };
        c.Random.Shuffle(order);

        foreach (var kind in order.Take(count))
        {
            yield return kind switch
            {
                0 => ($"Please break the figures for {c.Subject} down by month.", () => (TableText.Rows(c), Outcome.Answered)),
                1 => ($"How many complaints about {c.Subject} were received in {c.Year - 1}?",
                    () => ($"{c.Random.Between(2, 900)} complaints were received in {c.Year - 1}.", Outcome.Answered)),
                2 => ($"Please provide a copy of any contract relating to {c.Subject}.",
                    () => c.Random.Chance(0.5)
                        ? (WithholdingText.Published(c), Outcome.PublishedElsewhere)
                        : ($"The current contract runs from {c.Year - 2} to {c.Year + 3} and is worth £{c.Random.Between(50, 9000) * 1000:N0}; a redacted copy is attached.", Outcome.Answered)),
                _ => ($"Which department is responsible for {c.Subject}, and how many staff work on it?",
                    () => ($"The work sits within {c.Random.Pick(s_departments)}, with {c.Random.Between(1, 60)} full time equivalent staff.", Outcome.Answered)),
            };
        }
    }

    private static readonly string[] s_departments = ["Environment and Neighbourhoods", "Place Directorate", "Resources", "Corporate Services", "Operations", "Strategy and Change"];
}
