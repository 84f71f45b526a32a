using System.CommandLine;
using System.Globalization;
using FoiBot.Import;
using FoiBot.Import.Alaveteli;

namespace FoiBot.Cli.Commands.Importing;

/// <summary>`foibot import whatdotheyknow --authority URL_NAME`: an authority's responses from an Alaveteli site.</summary>
internal static class WhatDoTheyKnowCommand
{
    /// <summary>The described states Alaveteli knows (InfoRequest's states), for --status.</summary>
    private static readonly string[] s_states =
    [
        "waiting_response", "waiting_clarification", "gone_postal", "not_held", "rejected", "successful", "partially_successful",
        "internal_review", "error_message", "requires_admin", "user_withdrawn", "attention_requested", "vexatious", "not_foi",
    ];

    public static Command Create(CliEnvironment environment)
    {
        var authority = new Option<string>("--authority") { Description = "The authority's url_name, as in https://www.whatdotheyknow.com/body/<url_name>", Required = true };
        var since = new Option<string?>("--since") { Description = "Only responses sent on or after this date (yyyy-mm-dd)" };
        var status = new Option<string[]>("--status") { Description = "Only requests in this state (successful, partially_successful, not_held, rejected, ...); repeat for several" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Another Alaveteli site or a mirror (default: Import:WhatDoTheyKnowUrl)" };
        var to = ImportRun.To();
        var fromDir = ImportRun.FromDir();
        var command = new Command("whatdotheyknow", "Import an authority's responses from WhatDoTheyKnow (or another Alaveteli site)")
        {
            authority, since, status, baseUrl, to, fromDir,
        };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var options = ImportRun.Options(context);
            var name = result.GetValue(authority)!.Trim();
            var states = result.GetValue(status) ?? [];
            if (states.FirstOrDefault(s => !s_states.Contains(s)) is { } unknown)
            {
                throw new UsageException($"--status '{unknown}' is not a request state; use one of: {string.Join(", ", s_states)}.");
            }

            var site = result.GetValue(baseUrl) ?? options.WhatDoTheyKnowUrl;
            if (!Uri.TryCreate(site, UriKind.Absolute, out var siteUri) || (siteUri.Scheme != Uri.UriSchemeHttp && siteUri.Scheme != Uri.UriSchemeHttps))
            {
                throw new UsageException($"--base-url '{site}' is not an http(s) address.");
            }

            var import = new AlaveteliImport { Site = siteUri, Authority = name, Since = Date(result.GetValue(since)), States = states };
            var folder = ImportRun.Folder(context, result.GetValue(to), Path.Combine("whatdotheyknow", FileNames.Safe(name)));
            var source = ImportRun.Source(context, options, result.GetValue(fromDir));
            try
            {
                var progress = ImportRun.Progress(environment);
                var report = await new AlaveteliImporter(source, folder, options.MaxListPages, progress).RunAsync(import, cancellationToken).ConfigureAwait(false);
                return ImportRun.Report(context, report, folder, progress);
            }
            finally
            {
                (source as IDisposable)?.Dispose();
            }
        }));
        return command;
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--since '{text}' is not a date written yyyy-mm-dd.");
}
