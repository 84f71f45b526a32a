using System.CommandLine;
using FoiBot.Search;
using FoiBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot serve`: the staff host (<see cref="StaffHost"/>), on loopback unless told otherwise, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var urls = new Option<string?>("--urls") { Description = "Listen addresses, ';'-separated (default: Web:Urls, http://127.0.0.1:5080)" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow an address other machines can reach (default: Web:AllowRemote)" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var command = new Command("serve", "Serve the staff page and its JSON API") { urls, allowRemote, index, corpus };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var overrides = HostRun.Overrides(context, result.GetValue(index), result.GetValue(corpus));
            if (result.GetValue(urls) is { } given)
            {
                overrides[$"{WebOptions.SectionName}:{nameof(WebOptions.Urls)}"] = given;
            }

            if (result.GetValue(allowRemote))
            {
                overrides[$"{WebOptions.SectionName}:{nameof(WebOptions.AllowRemote)}"] = "true";
            }

            var app = StaffHost.Build(CliSettings.Sources(environment, overrides));
            try
            {
                return await HostRun.RunAsync(context, app, _ => AnnounceAsync(environment, app), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
        }));
        return command;
    }

    private static Task AnnounceAsync(CliEnvironment environment, WebApplication app)
    {
        var letters = app.Services.GetRequiredService<LetterIndex>().LetterCount;
        return environment.Output.WriteLineAsync($"FoiBot staff page: {string.Join(", ", app.Urls)} ({letters} letters). Ctrl+C stops it.");
    }
}
