using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>A disclosure-log page: "FOI Req: title", "Request 1010...", "1) question", "Response dd-mm-yyyy", "1. answer".</summary>
internal static class RequestResponseLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        text.Append(plan.Law.Abbreviation).Append(" Req: ").Append(plan.Topic.Title).Append("\n\n");
        text.Append("Request ").Append(plan.Reference).Append("\n\n");
        LetterFurniture.Preamble(text, plan, "\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            text.Append(i + 1).Append(") ").Append(plan.Pairs[i].Question).Append("\n\n");
        }

        text.Append("Response");
        if (plan.DatePrinted)
        {
            text.Append(' ').Append(DateWriter.Write(plan.Date, DateStyle.Dashes));
        }

        text.Append("\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(plan.Pairs[i].Answer).Append("\n\n");
        }

        LetterFurniture.Closing(text, plan, signed: false);
        text.Append("\nRate this Page\n").Append(plan.Profile.Authority.Name);
        if (plan.Profile.Domain is { } domain)
        {
            text.Append(" | ").Append("www.").Append(domain);
        }

        text.Append('\n');
    }
}
