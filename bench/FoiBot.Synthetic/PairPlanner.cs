using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>
/// Picks the questions a letter answers (the topic's headline, some of its other questions, sometimes generic
/// follow-ups) and a mood for the whole letter: most give information, some refuse on cost, say nothing is held,
/// point to a publication, neither confirm nor deny, or mix a withheld part into an otherwise full answer.
/// </summary>
internal static class PairPlanner
{
    private enum Mood { Informative, NotHeld, CostRefusal, Published, Ncnd, Mixed }

    public static IReadOnlyList<PlannedPair> Plan(AnswerContext context)
    {
        var random = context.Random;
        var questions = Questions(context);
        var ncndChance = context.Profile.Answers is "police" or "other" ? 0.08 : 0.01;
        var mood = (Mood)random.Weighted([0.58, 0.08, 0.08, 0.05, ncndChance, 0.16]);
        var pairs = new List<PlannedPair>(questions.Count);
        var withheldAt = mood == Mood.Mixed ? random.Next(questions.Count) : -1;
        for (var i = 0; i < questions.Count; i++)
        {
            var (text, informative) = questions[i];
            var (answer, outcome) = mood switch
            {
                Mood.NotHeld => (WithholdingText.NotHeld(context), Outcome.NotHeld),
                Mood.CostRefusal => (i == 0 ? WithholdingText.CostLimit(context) : WithholdingText.CostLimitAgain(context), Outcome.Refused),
                Mood.Published => (WithholdingText.Published(context), Outcome.PublishedElsewhere),
                Mood.Ncnd => (WithholdingText.Ncnd(context), Outcome.NeitherConfirmNorDeny),
                Mood.Mixed when i == withheldAt => random.Chance(0.5)
                    ? (WithholdingText.NotHeld(context), Outcome.NotHeld)
                    : (WithholdingText.Exempt(context), Outcome.Refused),
                _ => informative(),
            };
            pairs.Add(new PlannedPair(text, answer, outcome));
        }

        return pairs;
    }

    /// <summary>The questions in the order the requester asked them, each with how to answer it when the letter gives information.</summary>
    private static List<(string Text, Func<(string, Outcome)> Answer)> Questions(AnswerContext context)
    {
        var random = context.Random;
        var topic = context.Topic;
        var chosen = new List<(string, Func<(string, Outcome)>)>();
        foreach (var (question, index) in topic.Questions.Select((q, i) => (q, i)))
        {
            if (index == 0 || random.Chance(0.6))
            {
                chosen.Add((context.Fill(question.Text), () => Informative(context, question)));
            }
        }

        var followUps = random.Weighted([0.45, 0.3, 0.15, 0.07, 0.03]);
        foreach (var followUp in GenericQuestions.Pick(context, followUps))
        {
            chosen.Add(followUp);
        }

        return chosen;
    }

    private static (string, Outcome) Informative(AnswerContext context, TopicQuestion question)
    {
        var options = new List<(string Template, Outcome Outcome)>(3);
        if (question.Information is { } information)
        {
            options.Add((information, Outcome.Answered));
        }

        if (question.Yes is { } yes)
        {
            options.Add((yes, Outcome.Yes));
        }

        if (question.No is { } no)
        {
            options.Add((no, Outcome.No));
        }

        var (template, outcome) = context.Random.Pick(options);
        var text = context.Fill(template);
        return outcome == Outcome.Answered && context.Random.Chance(0.2) ? (text + "\n" + TableText.Rows(context), outcome) : (text, outcome);
    }
}
