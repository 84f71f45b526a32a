using System.CommandLine;
using FoiBot.Cli.Commands;
using FoiBot.Cli.Commands.Importing;
using FoiBot.Indexing;
using FoiBot.Evaluation;
using FoiBot.Search;

namespace FoiBot.Cli;

/// <summary>The `foibot` command: its sub-commands, and the one place where failures become exit codes.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("FoiBot answers questions from Freedom of Information response letters, citing them.")
        {
            AskCommand.Create(environment),
            IndexCommand.Create(environment),
            SearchCommand.Create(environment),
            ShowCommand.Create(environment),
            ChatCommand.Create(environment),
            ServeCommand.Create(environment),
            CheckCommand.Create(environment),
            EvalCommand.Create(environment),
            EvalPairsCommand.Create(environment),
            ParseCommand.Create(environment),
            DiscordCommand.Create(environment),
            ImportCommand.Create(environment),
            FeedbackCommand.Create(environment),
        };
        var configuration = new InvocationConfiguration { Output = environment.Output, Error = environment.Error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Runs a command body with its context, turning expected failures into a one-line message and an exit code.</summary>
    public static Task<int> Guard(CliEnvironment environment, Func<CommandContext, int> body) =>
        GuardAsync(environment, context => Task.FromResult(body(context)));

    /// <inheritdoc cref="Guard"/>
    public static async Task<int> GuardAsync(CliEnvironment environment, Func<CommandContext, Task<int>> body)
    {
        CommandContext? context = null;
        try
        {
            context = CommandContext.Create(environment);
            return await body(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (OptionsFailures.Of(ex) is { Count: > 0 } failures)
        {
            return Fail(environment, OptionsFailures.Describe(failures), ExitCodes.BadInput);
        }
        catch (UsageException ex)
        {
            return Fail(environment, $"Error: {ex.Message}", ExitCodes.BadInput);
        }
        catch (OptionsException ex)
        {
            return Fail(environment, $"Configuration error: {ex.Message}", ExitCodes.BadInput);
        }
        catch (EvalFileException ex)
        {
            return Fail(environment, ex.Message, ExitCodes.BadInput);
        }
        catch (CorpusEmptyException ex)
        {
            return Fail(environment, ex.Message, ExitCodes.BadInput);
        }
        catch (Exception ex) when (ex is CorpusUnavailableException or IndexRootsMismatchException or UnknownAuthorityException)
        {
            return Fail(environment, $"Error: {ex.Message}", ExitCodes.BadInput);
        }
        catch (OperationCanceledException)
        {
            return Fail(environment, "Cancelled.", ExitCodes.SystemFailure);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or IndexNotFoundException)
        {
            return Fail(environment, $"Error: {ex.Message}", ExitCodes.SystemFailure);
        }
        catch (Exception ex)
        {
            if (context is not null)
            {
                Log.CommandFailed(context.Logger, ex);
            }

            return Fail(environment, $"Unexpected error: {ex.GetType().Name}: {ex.Message}", ExitCodes.SystemFailure);
        }
        finally
        {
            context?.Dispose();
        }
    }

    private static int Fail(CliEnvironment environment, string message, int code)
    {
        environment.Error.WriteLine(message);
        return code;
    }
}
