using System.CommandLine;
using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Search;
using FoiBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot serve`: the staff page and JSON API, on loopback unless told otherwise, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var urls = new Option<string?>("--urls") { Description = "Listen addresses, ';'-separated (default: Web:Urls, http://127.0.0.1:5080)" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow an address other machines can reach (default: Web:AllowRemote)" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var command = new Command("serve", "Serve the staff page and its JSON API") { urls, allowRemote, index, corpus };
        // The whole run happens inside the guard, so the command's context (its loggers, used by an LLM engine) lives
        // as long as the server does.
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var options = Options(context, result.GetValue(urls), result.GetValue(allowRemote));
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            await using var watcher = context.Follow(letters, result.GetValue(index), result.GetValue(corpus));
            using var engine = EngineFactory.Create(context, letters);
            var app = StaffWebApp.Build(options, Services(context, letters, engine.Engine) with { Health = watcher.Health }, logging => logging
                .AddConfiguration(context.Settings.Configuration.GetSection("Logging"))
                .SetMinimumLevel(LogLevel.Warning)
                .AddSimpleConsole(o => o.SingleLine = true));
            return await RunAsync(environment, app, letters, cancellationToken);
        }));
        return command;
    }

    /// <summary>The one place the CLI's web host gets its answer engine and checker.</summary>
    private static StaffServices Services(CommandContext context, LetterIndex letters, IAnswerEngine engine)
    {
        var checker = new PriorDisclosureChecker(letters, context.Catalog, context.Settings.Answering);
        return new StaffServices(letters, engine, checker, context.Catalog);
    }

    private static WebOptions Options(CommandContext context, string? urls, bool allowRemote)
    {
        WebOptions options;
        try
        {
            options = context.Settings.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsException($"{WebOptions.SectionName}: {ex.Message}");
        }

        options = options with { Urls = urls ?? options.Urls, AllowRemote = allowRemote || options.AllowRemote };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            // The message already says which setting and switch; the "(Parameter 'Urls')" suffix adds nothing.
            var message = ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            throw new OptionsException($"{WebOptions.SectionName}:{ex.ParamName}: {message}");
        }

        return options;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, WebApplication app, LetterIndex letters, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
            await environment.Output.WriteLineAsync($"FoiBot staff page: {string.Join(", ", app.Urls)} ({letters.LetterCount} letters). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
        catch (IOException ex)
        {
            await environment.Error.WriteLineAsync($"Error: cannot listen: {ex.Message}");
            return ExitCodes.SystemFailure;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
