using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>A disclosure-log page: "Request ID ... Date published ...", "You asked", "We answered", the answer as one paragraph.</summary>
internal static class YouAskedLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        text.Append("Request ID: ").Append(plan.Reference);
        if (plan.DatePrinted)
        {
            text.Append(" Date published: ").Append(plan.WrittenDate);
        }

        text.Append("\nYou asked\n");
        LetterFurniture.Preamble(text, plan, "\n");
        foreach (var pair in plan.Pairs)
        {
            text.Append(pair.Question).Append('\n');
        }

        text.Append("We answered\n");
        text.Append(plan.Profile.Authority.Name).Append(" Ref: ").Append(plan.Reference)
            .Append(" Thank you for your request received by ").Append(plan.Profile.Authority.Name).Append(" on ").Append(plan.WrittenReceived)
            .Append(", asking for information about ").Append(plan.Topic.Title.ToLowerInvariant())
            .Append(". Your request has been considered in accordance with the requirements of the ").Append(plan.Law.Title).Append('.');
        // One paragraph of prose says a repeated refusal once.
        foreach (var answer in plan.Pairs.Select(p => p.Answer.Replace('\n', ' ')).Distinct(StringComparer.Ordinal))
        {
            text.Append(' ').Append(answer);
        }

        text.Append('\n');
        LetterFurniture.Closing(text, plan, signed: false);
        text.Append("\nBack to top\n");
    }
}
