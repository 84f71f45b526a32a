using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>A plain letter: subject, reference and date, "Dear ...", then "1. question" with the answer under it (or Q1/A1).</summary>
internal static class NumberedLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        var style = plan.Number % 3;
        LetterFurniture.Letterhead(text, plan);
        text.Append(plan.Law.RequestName).Append(" – ").Append(plan.Topic.Title).Append("\n\n");
        var label = (plan.Number % 4) switch { 0 => "Our reference: ", 1 => "FOI reference: ", 2 => "Reference: ", _ => "Case reference: " };
        if (plan.RequesterReference is { } theirs)
        {
            // The requester's own reference sits beside ours; a reader must not take it for the letter's.
            text.Append("Your ref: ").Append(theirs).Append('\n');
        }

        text.Append(label).Append(plan.Reference).Append('\n');
        LetterFurniture.Date(text, plan, "Date: ");
        text.Append('\n').Append(plan.Salutation).Append(",\n\n");
        text.Append("Thank you for your request for information received on ").Append(plan.WrittenReceived)
            .Append(". We have dealt with it under the ").Append(plan.Law.Title).Append(". Your questions and our answers are set out below.\n\n");
        LetterFurniture.Preamble(text, plan, "\n\n");
        for (var i = 0; i < plan.Pairs.Count; i++)
        {
            var pair = plan.Pairs[i];
            var n = i + 1;
            switch (style)
            {
                case 0:
                    text.Append(n).Append(". ").Append(pair.Question).Append('\n').Append(pair.Answer).Append("\n\n");
                    break;
                case 1:
                    text.Append('Q').Append(n).Append(". ").Append(pair.Question).Append('\n').Append('A').Append(n).Append(". ").Append(pair.Answer).Append("\n\n");
                    break;
                default:
                    text.Append("Question ").Append(n).Append(": ").Append(pair.Question).Append("\nResponse: ").Append(pair.Answer).Append("\n\n");
                    break;
            }
        }

        LetterFurniture.Closing(text, plan, signed: true);
    }
}
