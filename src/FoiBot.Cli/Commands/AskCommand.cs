using System.CommandLine;
using FoiBot.Answering;
using FoiBot.Cli.Output;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot ask`: answer one question, or a JSON-lines file of them, from the letters.</summary>
internal static class AskCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var question = new Argument<string?>("question") { Description = "The question, in your own words", Arity = ArgumentArity.ZeroOrOne };
        var questions = new Option<string?>("--questions") { Description = "A JSON-lines file of {\"id\", \"question\"} objects to answer in order" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("ask", "Answer a question from the letters, citing them") { question, questions, index, corpus, json };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var text = result.GetValue(question);
            var file = result.GetValue(questions);
            if (string.IsNullOrWhiteSpace(text) == (file is null))
            {
                environment.Error.WriteLine("Give either a question or --questions FILE, not both or neither.");
                return ExitCodes.BadInput;
            }

            if (file is not null && !File.Exists(environment.Resolve(file)))
            {
                environment.Error.WriteLine($"{file}: file not found.");
                return ExitCodes.BadInput;
            }

            EngineFactory.LoadOptions(context.Settings.Configuration);
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            using var engine = EngineFactory.Create(context, letters);
            return file is null
                ? await AnswerOneAsync(context, engine, text!, result.GetValue(json), cancellationToken)
                : await BatchAnswers.RunAsync(context, engine, environment.Resolve(file), file, result.GetValue(json), cancellationToken);
        }));
        return command;
    }

    private static async Task<int> AnswerOneAsync(CommandContext context, CliEngine engine, string question, bool json, CancellationToken cancellationToken)
    {
        Log.Question(context.Logger, null, question);
        var answer = await engine.Engine.AnswerAsync(new AnswerRequest { Question = question }, cancellationToken);
        if (json)
        {
            context.Environment.Output.WriteLine(CliJson.Serialize(answer));
        }
        else
        {
            AnswerPrinter.Print(context.Environment.Output, answer, engine.UsesModel);
        }

        return ExitCodes.Success;
    }
}
