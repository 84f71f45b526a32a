using System.CommandLine;
using FoiBot.Cli.Output;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot show REF`: the parsed letter with that reference (or file name), with the parser's diagnostics.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var reference = new Argument<string>("ref") { Description = "A reference number, or the letter's file name" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one parsed letter") { reference, index, corpus, json };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var wanted = result.GetValue(reference) ?? "";
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            var letter = letters.FindLetter(wanted.Trim());
            if (letter is null)
            {
                environment.Error.WriteLine($"No letter with reference or file name '{wanted}'.");
                return ExitCodes.BadInput;
            }

            if (result.GetValue(json))
            {
                environment.Output.WriteLine(CliJson.Serialize(letter));
            }
            else
            {
                LetterPrinter.Print(environment.Output, letter);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
