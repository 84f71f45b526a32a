using System.CommandLine;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Answering.Records;
using FoiBot.Cli.Output;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot check REQUEST.txt`: what earlier letters disclosed on each question of a new request, and whether it repeats one.</summary>
internal static class CheckCommand
{
    private const long MaxRequestBytes = 1024 * 1024;

    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("request") { Description = "A text file holding the new request" };
        var authority = new Option<string?>("--authority") { Description = "The authority the request goes to (default: the one it names)" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var csv = CommonOptions.Csv();
        var command = new Command("check", "Check a new request for prior disclosures and duplicates") { file, authority, index, corpus, json, csv };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var name = result.GetValue(file)!;
            var path = environment.Resolve(name);
            if (!File.Exists(path))
            {
                environment.Error.WriteLine($"{name}: file not found.");
                return ExitCodes.BadInput;
            }

            if (new FileInfo(path).Length > MaxRequestBytes)
            {
                environment.Error.WriteLine($"{name}: larger than 1 MiB; that is not one request.");
                return ExitCodes.BadInput;
            }

            var text = File.ReadAllText(path);
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            var checker = new PriorDisclosureChecker(letters, context.Catalog, context.Settings.Answering);
            var check = checker.Check(text, result.GetValue(authority), cancellationToken);
            if (check.Questions.Count == 0)
            {
                environment.Error.WriteLine($"{name}: no question found in the request.");
                return ExitCodes.BadInput;
            }

            if (result.GetValue(csv))
            {
                environment.Output.Write(CheckCsv.Write(check));
            }
            else if (result.GetValue(json))
            {
                environment.Output.WriteLine(CheckPrinter.Json(check));
            }
            else
            {
                CheckPrinter.Print(environment.Output, check);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
