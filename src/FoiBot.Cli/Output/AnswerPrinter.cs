using System.Globalization;
using FoiBot.Core;

namespace FoiBot.Cli.Output;

/// <summary>Prints an answer for a person: the short answer, then each letter it rests on, then related reading.</summary>
internal static class AnswerPrinter
{
    /// <param name="usesModel">A model was configured: say which engine answered, since either may have.</param>
    public static void Print(TextWriter output, Answer answer, bool usesModel = false)
    {
        output.WriteLine(answer.Text);
        PrintSources(output, answer, usesModel);
    }

    /// <summary>Everything after the answer's text, for when the text was already shown as it streamed.</summary>
    public static void PrintSources(TextWriter output, Answer answer, bool usesModel)
    {
        if (answer.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources:");
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var c = answer.Citations[i];
                output.WriteLine($"  [{i + 1}] {Heading(c)}");
                output.WriteLine($"      Asked: {(c.Question.Length > 0 ? Shorten(c.Question, 160) : "(from the letter's text outside its questions)")}");
                output.WriteLine($"      Said:  \"{c.Quote}\"");
                output.WriteLine($"      File:  {c.Source}");
                if (c.SourceAddress is { } address)
                {
                    output.WriteLine($"      Link:  {address}");
                }
            }
        }

        if (answer.Related.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(answer.Abstained ? "Nearest letters:" : "Related reading:");
            foreach (var r in answer.Related)
            {
                output.WriteLine($"  - {Heading(r)}: {Shorten(r.Question, 110)} ({r.Source})");
            }
        }

        if (usesModel)
        {
            output.WriteLine();
            output.WriteLine(answer.Engine == AnswerEngines.Llm
                ? "Engine: llm (written by the model; every citation and quote checked against the letters)"
                : $"Engine: extractive (the model's answer could not be used, so FoiBot answered from the letters itself{(answer.Fallback is { } why ? ": " + why : "")})");
        }
    }

    public static string Heading(Citation c) =>
        $"{c.Authority}, {(c.Ref is null ? "no reference" : "ref " + c.Ref)}, {LongDate(c.Date)}";

    public static string LongDate(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    public static string Shorten(string text, int max)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
