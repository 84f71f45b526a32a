using FoiBot.Core;

namespace FoiBot.Cli.Output;

/// <summary>Prints a parsed letter for `foibot show`: its facts, every question and answer, and the parser's diagnostics.</summary>
internal static class LetterPrinter
{
    public static void Print(TextWriter output, Disclosure letter)
    {
        output.WriteLine($"Authority:  {letter.Authority ?? "(not found)"}");
        output.WriteLine($"References: {(letter.References.Count > 0 ? string.Join(", ", letter.References) : "(none)")}");
        output.WriteLine($"Responded:  {AnswerPrinter.LongDate(letter.ResponseDate)}");
        output.WriteLine($"Received:   {AnswerPrinter.LongDate(letter.ReceivedDate)}");
        output.WriteLine($"Subject:    {letter.Subject ?? "(none)"}");
        output.WriteLine($"Law:        {letter.Law}");
        output.WriteLine($"Outcome:    {letter.Outcome}");
        output.WriteLine($"Source:     {letter.Source}");
        output.WriteLine($"Link:       {letter.SourceAddress ?? "(none)"}");
        foreach (var pair in letter.Pairs)
        {
            output.WriteLine();
            var exemptions = pair.Exemptions.Count > 0 ? $" [{string.Join(", ", pair.Exemptions)}]" : "";
            output.WriteLine($"Q{pair.Number ?? ""}: {pair.Question.Replace("\n", "\n    ", StringComparison.Ordinal)}");
            output.WriteLine($"A ({pair.Outcome}{exemptions}): {(pair.Answer.Length > 0 ? pair.Answer.Replace("\n", "\n    ", StringComparison.Ordinal) : "(no answer in the text)")}");
        }

        if (letter.Diagnostics.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Diagnostics:");
            foreach (var d in letter.Diagnostics)
            {
                output.WriteLine($"  {d}");
            }
        }
    }
}
