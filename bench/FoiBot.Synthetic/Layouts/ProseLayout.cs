using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>A formal letter: letterhead, date, "Dear ...", the law and request ID as a heading, the questions listed, then numbered answers.</summary>
internal static class ProseLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        LetterFurniture.Letterhead(text, plan);
        LetterFurniture.Date(text, plan);
        text.Append('\n').Append(plan.Salutation).Append("\n\n");
        text.Append(plan.Law.Title).Append('\n').Append("Request ID: ").Append(plan.Reference).Append('\n');
        if (plan.RequesterReference is { } theirs)
        {
            text.Append("Your reference: ").Append(theirs).Append('\n');
        }

        text.Append('\n');
        text.Append("Thank you for your request for information relating to ").Append(plan.Topic.Title.ToLowerInvariant()).Append(".\n\n");
        text.Append("You have requested the following information:\n\n");
        LetterFurniture.Preamble(text, plan, "\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(plan.Pairs[i].Question).Append('\n');
        }

        text.Append("\nOur response is as follows:\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(plan.Pairs[i].Answer).Append("\n\n");
        }

        LetterFurniture.Closing(text, plan, signed: true);
    }
}
