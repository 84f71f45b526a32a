using System.CommandLine;
using FoiBot.Discord.State;

namespace FoiBot.Cli.Commands;

/// <summary>
/// `foibot feedback export --csv` and `foibot feedback questions`: what Discord members said of the bot's answers,
/// read from the bot's state store (the SQLite file beside the index, or State:Redis).
/// </summary>
internal static class FeedbackCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var exportIndex = CommonOptions.Index();
        var csv = new Option<bool>("--csv") { Description = "Comma-separated values, one row per vote (the only format)" };
        var export = new Command("export", "Every vote on the bot's answers, with the question, verdict, cited letters and engine") { csv, exportIndex };
        export.SetAction((result, ct) => CliApp.GuardAsync(environment, async context =>
        {
            await using var store = Open(context, result.GetValue(exportIndex));
            FeedbackCsv.Write(environment.Output, await store.ListAsync(ct));
            return ExitCodes.Success;
        }));

        var questionsIndex = CommonOptions.Index();
        var questions = new Command(
            "questions", "Questions the bot could not answer or members marked wrong, as eval question lines (JSONL; notes on standard error)") { questionsIndex };
        questions.SetAction((result, ct) => CliApp.GuardAsync(environment, async context =>
        {
            await using var store = Open(context, result.GetValue(questionsIndex));
            var count = FeedbackQuestions.Write(environment.Output, environment.Error, await store.ListAsync(ct));
            environment.Error.WriteLine($"{count} question(s); fill in gold_refs from the letters before adding them to an eval set.");
            return ExitCodes.Success;
        }));

        return new Command("feedback", "Feedback on the Discord bot's answers") { export, questions };
    }

    private static IBotStateStore Open(CommandContext context, string? index)
    {
        var state = StateSections.State.Read(context.Settings.Configuration);

        // Turn bounds matter only to conversations, which these commands do not read.
        return BotStateStores.Open(state, context.IndexPath(index), maxTurns: 1, TimeSpan.FromMinutes(30), context.Environment.Time);
    }
}
