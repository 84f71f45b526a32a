using System.CommandLine;
using FoiBot.Cli.Output;
using FoiBot.Evaluation;
using FoiBot.Search;

namespace FoiBot.Cli.Commands;

/// <summary>
/// `foibot eval`: puts a question file to FoiBot and, in the same run over the same letters, to the FTS5 peer, and
/// prints recall, rank, citation precision and abstention figures for both, then verdict accuracy, key figures
/// shown and useful quotes where they apply. Both indexes are built afresh in a temporary folder, so the figures
/// never depend on a stale index.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var questions = new Option<string>("--questions") { Description = "A JSON-lines file of {\"id\", \"question\", \"gold_refs\" and/or \"gold_files\", \"kind\"?, \"verdict\"?, \"key\"?} objects", Required = true };
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure answer quality on a question file, side by side with plain SQLite FTS5") { questions, corpus, json };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var file = result.GetValue(questions)!;
            var path = environment.Resolve(file);
            if (!File.Exists(path))
            {
                environment.Error.WriteLine($"{file}: file not found.");
                return ExitCodes.BadInput;
            }

            var asked = EvalQuestionFile.Read(path, file);
            var report = await RunAsync(context, asked, context.CorpusRoots(result.GetValue(corpus)), cancellationToken);
            environment.Output.Write(result.GetValue(json) ? CliJson.Serialize(ToDocument(report, context)) + Environment.NewLine : EvalTable.Render(report));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Task<EvalReport> RunAsync(CommandContext context, IReadOnlyList<EvalQuestion> questions, IReadOnlyList<string> roots, CancellationToken cancellationToken) =>
        SideBySideEvaluation.RunAsync(context.Store, roots, index => EngineFactory.Create(context, index).Engine, questions, cancellationToken);

    private static EvalDocument ToDocument(EvalReport report, CommandContext context)
    {
        return new EvalDocument(report.Letters, report.Systems.Select(s => new EvalSystemDocument(
            s.System,
            s.Overall,
            s.ByKind,
            s.Results.Select(r => new EvalQuestionDocument(
                r.Question.Id,
                r.Question.Kind,
                r.Question.Question,
                r.Question.GoldRefs,
                r.Question.GoldFiles,
                r.Response.Abstained,
                r.Correct,
                r.FirstGoldRank,
                r.Response.Cited.Select(Name).ToList(),
                r.Response.Ranked.Select(Name).ToList(),
                r.Question.Verdict,
                r.Response.Verdict,
                r.Response.Shown,
                r.VerdictRight,
                r.Question.Key,
                r.KeyShown,
                r.KeyMiss,
                r.Response.Quotes.Zip(r.QuoteKinds, (q, k) => new EvalQuoteDocument(q.Quote, k)).ToList())).ToList())).ToList());

        string Name(string source) => context.Display(source);
    }
}
