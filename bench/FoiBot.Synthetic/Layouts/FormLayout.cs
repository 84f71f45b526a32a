using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>A case-management export: labels on lines of their own ("Request ID", "Date Received", "Date Resolved") and the answers in the notes.</summary>
internal static class FormLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        text.Append("Request ID\n").Append(plan.Reference).Append('\n');
        text.Append("Date Received\n").Append(plan.WrittenReceived).Append('\n');
        text.Append("Date Resolved\n");
        LetterFurniture.Date(text, plan);
        text.Append("Details\n\nSee notes\n\nResolution\nSee notes\nNotes\n\n");
        if (plan.Preamble is null)
        {
            text.Append("Could you please answer the following questions about ").Append(plan.Topic.Title.ToLowerInvariant()).Append(".\n\n");
        }

        LetterFurniture.Preamble(text, plan, "\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(plan.Pairs[i].Question).Append('\n').Append(plan.Pairs[i].Answer).Append("\n\n");
        }

        LetterFurniture.Closing(text, plan, signed: false);
        text.Append('\n').Append(plan.Profile.Authority.Name);
        if (plan.Profile.Domain is { } domain)
        {
            text.Append(" - ").Append(LetterFurniture.Mail(plan)).Append(" - www.").Append(domain);
        }

        text.Append("\nGive website feedback\n");
    }
}
