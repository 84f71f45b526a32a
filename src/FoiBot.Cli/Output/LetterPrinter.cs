using FoiBot.Core;

namespace FoiBot.Cli.Output;

/// <summary>Prints a parsed letter for `foibot show`: its facts, every question and answer, and the parser's diagnostics.</summary>
internal static class LetterPrinter
{
    public static void Print(TextWriter output, Disclosure letter)
    {
        output.WriteLine($"Authority:  {letter.Authority ?? "(not found)"}{From(letter.AuthoritySource)}");
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

        // Text no question took is still searched and quoted; shown so a user sees what the parser could not place.
        foreach (var block in letter.Unpaired)
        {
            output.WriteLine();
            output.WriteLine($"Not under a question ({block.Outcome}): {block.Answer.Replace("\n", "\n    ", StringComparison.Ordinal)}");
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

    /// <summary>Where the authority was learned, so a user can see why a letter is filed under it.</summary>
    private static string From(AuthoritySource source) => source switch
    {
        AuthoritySource.ProvenanceTable => " (from the provenance table)",
        AuthoritySource.CorpusFolder => " (set for its corpus folder)",
        AuthoritySource.Letterhead => " (from its letterhead or domain)",
        AuthoritySource.FileName => " (from its file name)",
        AuthoritySource.FolderName => " (from its folder's name)",
        AuthoritySource.SiblingLetters => " (from the other letters in its folder)",
        AuthoritySource.Text => " (from how its text names it)",
        _ => "",
    };
}
