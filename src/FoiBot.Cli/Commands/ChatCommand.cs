using System.CommandLine;
using FoiBot.Answering;
using FoiBot.Cli.Output;
using FoiBot.Core;

namespace FoiBot.Cli.Commands;

/// <summary>
/// `foibot chat`: questions one a line, answers streamed as the model writes them, follow-ups ("and Coventry?")
/// understood from earlier turns. Ends at end of input or on "exit".
/// </summary>
internal static class ChatCommand
{
    /// <summary>One terminal session is one conversation.</summary>
    private const string ConversationId = "cli-chat";

    public static Command Create(CliEnvironment environment)
    {
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var command = new Command("chat", "Ask questions in a conversation, with answers streamed as they are written") { index, corpus };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            EngineFactory.LoadOptions(context.Settings.Configuration);
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            using var engine = EngineFactory.Create(context, letters);
            var output = environment.Output;
            output.WriteLine(engine.UsesModel
                ? "FoiBot chat: answers are written by the model and checked against the letters. Type \"exit\" to leave."
                : "FoiBot chat: answers come from the letters (no model configured). Type \"exit\" to leave.");
            while (await ReadQuestionAsync(environment, cancellationToken) is { } question)
            {
                Log.Question(context.Logger, ConversationId, question);
                await AnswerAsync(output, engine, new AnswerRequest { Question = question, ConversationId = ConversationId }, cancellationToken);
                output.WriteLine();
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<string?> ReadQuestionAsync(CliEnvironment environment, CancellationToken cancellationToken)
    {
        while (true)
        {
            environment.Output.Write("> ");
            environment.Output.Flush();
            var line = await environment.Input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                environment.Output.WriteLine();
                return null;
            }

            if (line.Trim().Length > 0)
            {
                return line.Trim();
            }
        }
    }

    private static async Task AnswerAsync(TextWriter output, CliEngine engine, AnswerRequest request, CancellationToken cancellationToken)
    {
        if (engine.Engine is not IStreamingAnswerEngine streaming)
        {
            AnswerPrinter.Print(output, await engine.Engine.AnswerAsync(request, cancellationToken), engine.UsesModel);
            return;
        }

        var streamed = false;
        var answer = await streaming.StreamAsync(request, text =>
        {
            output.Write(streamed ? text : text.TrimStart());
            output.Flush();
            streamed = true;
        }, cancellationToken);

        if (answer.Engine == AnswerEngines.Llm)
        {
            output.WriteLine();
            AnswerPrinter.PrintSources(output, answer, engine.UsesModel);
            return;
        }

        if (streamed)
        {
            output.WriteLine();
            output.WriteLine("(That draft failed the citation check and is withdrawn; FoiBot's own answer follows.)");
        }

        AnswerPrinter.Print(output, answer, engine.UsesModel);
    }
}
