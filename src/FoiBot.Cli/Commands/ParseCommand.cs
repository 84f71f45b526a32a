using System.CommandLine;
using FoiBot.Cli.Output;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Cli.Commands;

/// <summary>
/// `foibot parse FILE`: reads one file the way `index` does and prints what the parser made of each letter in it,
/// with its diagnostics, so staff can see why a letter answers badly without building an index.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "A letter: .txt, .md, .html, .pdf, .docx or .eml" };
        var json = CommonOptions.Json();
        var command = new Command("parse", "Parse one letter file and show the record and its diagnostics") { file, json };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var path = environment.Resolve(result.GetValue(file) ?? "");
            if (!File.Exists(path))
            {
                environment.Error.WriteLine($"{context.Display(path)}: file not found");
                return ExitCodes.SystemFailure;
            }

            var info = new FileInfo(path);
            var corpusFile = new CorpusFile(info.FullName, info.Name, info.DirectoryName ?? "", info.Length, info.LastWriteTimeUtc);
            var extraction = new CorpusScanner(context.Settings.Corpus).Extract(corpusFile, cancellationToken);
            if (!extraction.IsSuccess)
            {
                environment.Error.WriteLine($"{context.Display(path)}: {extraction.Skipped.Reason}");
                return ExitCodes.SystemFailure;
            }

            var parser = new LetterParser(context.Catalog);
            var first = true;
            foreach (var text in extraction.Texts)
            {
                var source = text.Part is null ? context.Display(path) : $"{context.Display(path)}#{text.Part}";
                var letter = parser.Parse(text.Text, source);
                if (result.GetValue(json))
                {
                    environment.Output.WriteLine(CliJson.Serialize(letter));
                    continue;
                }

                if (!first)
                {
                    environment.Output.WriteLine();
                    environment.Output.WriteLine(new string('-', 60));
                }

                LetterPrinter.Print(environment.Output, letter);
                if (CorpusLoader.NotALetter(letter) is { } reason)
                {
                    environment.Output.WriteLine($"Not indexed: {reason}.");
                }

                first = false;
            }

            foreach (var skipped in extraction.SkippedParts)
            {
                environment.Error.WriteLine($"{context.Display(skipped.Path)}: {skipped.Reason}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
