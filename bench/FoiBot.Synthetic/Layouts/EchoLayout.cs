using System.Text;

namespace FoiBot.Synthetic.Layouts;

/// <summary>The request quoted in full, "Response", then each question repeated with its answer beneath.</summary>
internal static class EchoLayout
{
    public static void Write(StringBuilder text, LetterPlan plan)
    {
        LetterFurniture.Letterhead(text, plan);
        LetterFurniture.Date(text, plan);
        text.Append("Our ref: ").Append(plan.Reference).Append("\n\n");
        text.Append("Thank you for your request received on ").Append(plan.WrittenReceived).Append(", for the following information:\n\n");
        LetterFurniture.Preamble(text, plan, "\n\n");
        foreach (var pair in plan.Pairs)
        {
            text.Append(pair.Question).Append("\n\n");
        }

        text.Append("We have processed this request under the ").Append(plan.Law.Title).Append(".\n\n");
        text.Append("Response\n\n");
        if (plan.Pairs.Any(p => p.Outcome is Core.Outcome.Answered or Core.Outcome.Yes or Core.Outcome.No))
        {
            text.Append("The authority holds the information requested and the answers to your questions are below\n\n");
        }
        foreach (var pair in plan.Pairs)
        {
            text.Append(pair.Question).Append("\n\n").Append(pair.Answer).Append("\n\n");
        }

        text.Append("Further information\n");
        LetterFurniture.Closing(text, plan, signed: false);
    }
}
