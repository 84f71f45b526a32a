using System.Text;
using FoiBot.Synthetic.Layouts;

namespace FoiBot.Synthetic;

/// <summary>Writes a planned letter out in its layout.</summary>
internal static class LetterWriter
{
    public static string Write(LetterPlan plan)
    {
        var text = new StringBuilder(4096);
        switch (plan.Layout)
        {
            case LetterLayout.Numbered:
                NumberedLayout.Write(text, plan);
                break;
            case LetterLayout.Echo:
                EchoLayout.Write(text, plan);
                break;
            case LetterLayout.Prose:
                ProseLayout.Write(text, plan);
                break;
            case LetterLayout.YouAsked:
                YouAskedLayout.Write(text, plan);
                break;
            case LetterLayout.RequestResponse:
                RequestResponseLayout.Write(text, plan);
                break;
            default:
                FormLayout.Write(text, plan);
                break;
        }

        return LetterFurniture.WithPageClutter(text.ToString(), plan);
    }
}
