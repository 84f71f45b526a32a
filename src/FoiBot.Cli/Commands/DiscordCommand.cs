using System.CommandLine;
using FoiBot.Discord;
using FoiBot.Discord.Gateway;
using FoiBot.Discord.Rest;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot discord run|register|serve-interactions`: the Discord front end, configured from the "Discord" section.</summary>
internal static class DiscordCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var runIndex = CommonOptions.Index();
        var runCorpus = CommonOptions.Corpus();
        var run = new Command("run", "Run the bot on Discord's gateway until Ctrl+C") { runIndex, runCorpus };
        run.SetAction((result, ct) => RunGuardedAsync(environment, async context =>
        {
            var overrides = HostRun.Overrides(context, result.GetValue(runIndex), result.GetValue(runCorpus));
            var host = DiscordHost.BuildBot(CliSettings.Sources(environment, overrides));
            return await HostRun.RunAsync(context, host, _ => environment.Error.WriteLineAsync("FoiBot is connecting to Discord. Press Ctrl+C to stop."), ct);
        }));

        var guild = new Option<string?>("--guild") { Description = "Register in this guild only (instant); default: Discord:DevelopmentGuildId, else global" };
        var global = new Option<bool>("--global") { Description = "Register globally even when Discord:DevelopmentGuildId is set" };
        var register = new Command("register", "Register the slash commands (/ask, /search, /letter) with one bulk overwrite") { guild, global };
        register.SetAction((result, ct) => RunGuardedAsync(environment, async context =>
        {
            var options = DiscordSections.Bot.Read(context.Settings.Configuration);
            var target = result.GetValue(global) ? null : result.GetValue(guild) ?? NullIfBlank(options.DevelopmentGuildId);
            var count = await DiscordBotHost.RegisterCommandsAsync(options, target, context.Loggers, ct);
            environment.Output.WriteLine(target is null ? $"Registered {count} commands globally." : $"Registered {count} commands in guild {target}.");
            return ExitCodes.Success;
        }));

        var urls = new Option<string?>("--urls") { Description = "Where to listen, ';'-separated (default: Discord:InteractionsUrls, http://127.0.0.1:8080)" };
        var serveIndex = CommonOptions.Index();
        var serveCorpus = CommonOptions.Corpus();
        var serve = new Command("serve-interactions", "Serve Discord's HTTP interactions endpoint at POST /interactions") { urls, serveIndex, serveCorpus };
        serve.SetAction((result, ct) => RunGuardedAsync(environment, async context =>
        {
            var overrides = HostRun.Overrides(context, result.GetValue(serveIndex), result.GetValue(serveCorpus));
            if (result.GetValue(urls) is { } given)
            {
                overrides[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.InteractionsUrls)}"] = given;
            }

            var app = DiscordHost.BuildInteractions(CliSettings.Sources(environment, overrides));
            return await HostRun.RunAsync(
                context, app, _ => environment.Error.WriteLineAsync($"Serving POST /interactions on {string.Join(", ", app.Urls)}. Press Ctrl+C to stop."), ct);
        }));

        return new Command("discord", "The Discord bot") { run, register, serve };
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>
    /// <see cref="CliApp.GuardAsync"/> plus the bot's own mapping: Ctrl+C is a clean stop (exit 0), and the bot's
    /// failures (bad Discord settings, a fatal gateway close, Discord refusing a request) become one line and exit 2.
    /// Everything else (other settings, empty corpus, missing index, I/O, unexpected errors) is left to the shared guard.
    /// </summary>
    private static Task<int> RunGuardedAsync(CliEnvironment environment, Func<CommandContext, Task<int>> body) =>
        CliApp.GuardAsync(environment, async context =>
        {
            try
            {
                return await body(context);
            }
            catch (Exception ex) when (OptionsFailures.Of(ex) is { Count: > 0 } failures && failures.All(f => f.OptionsType == typeof(DiscordOptions)))
            {
                return Fail(environment, OptionsFailures.Describe(failures), ExitCodes.SystemFailure);
            }
            catch (ArgumentException ex) when (ex.ParamName is not null)
            {
                var reason = ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
                return Fail(environment, $"Configuration error: {DiscordOptions.SectionName}:{ex.ParamName}: {reason}", ExitCodes.SystemFailure);
            }
            catch (OperationCanceledException)
            {
                environment.Error.WriteLine("Stopped.");
                return ExitCodes.Success;
            }
            catch (GatewayFatalException ex)
            {
                return Fail(environment, ex.Message, ExitCodes.SystemFailure);
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
            {
                return Fail(environment, $"Error: {ex.Message}", ExitCodes.SystemFailure);
            }
        });

    private static int Fail(CliEnvironment environment, string message, int code)
    {
        environment.Error.WriteLine(message);
        return code;
    }
}
