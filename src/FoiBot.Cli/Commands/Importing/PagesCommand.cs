using System.CommandLine;
using FoiBot.Import.Pages;

namespace FoiBot.Cli.Commands.Importing;

/// <summary>`foibot import pages URL|FILE`: councils' disclosure-log pages and the response documents they link to.</summary>
internal static class PagesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var pages = new Argument<string>("pages") { Description = "A page's address, or a file listing one address per line (# starts a comment)" };
        var authority = new Option<string?>("--authority") { Description = "The authority the pages are from, recorded in the provenance table" };
        var to = ImportRun.To();
        var fromDir = ImportRun.FromDir();
        var command = new Command("pages", "Import disclosure-log pages (one response each) and the documents they link to") { pages, authority, to, fromDir };
        command.SetAction((result, cancellationToken) => CliApp.GuardAsync(environment, async context =>
        {
            var options = ImportRun.Options(context);
            var addresses = Addresses(environment, result.GetValue(pages)!);
            var folder = ImportRun.Folder(context, result.GetValue(to), Path.Combine("disclosure-logs", FoiBot.Import.FileNames.Safe(addresses[0].Host)));
            var source = ImportRun.Source(context, options, result.GetValue(fromDir));
            try
            {
                var progress = ImportRun.Progress(environment);
                var report = await new DisclosurePageImporter(source, folder, progress).RunAsync(addresses, result.GetValue(authority), cancellationToken).ConfigureAwait(false);
                return ImportRun.Report(context, report, folder, progress);
            }
            finally
            {
                (source as IDisposable)?.Dispose();
            }
        }));
        return command;
    }

    /// <summary>The one address given, or those the file lists; each must be http(s).</summary>
    private static List<Uri> Addresses(CliEnvironment environment, string argument)
    {
        var lines = IsWebAddress(argument) ? [argument]
            : File.Exists(environment.Resolve(argument)) ? File.ReadAllLines(environment.Resolve(argument))
            : throw new UsageException($"'{argument}' is neither an http(s) address nor a file of addresses.");
        var addresses = new List<Uri>();
        foreach (var line in lines.Select(l => l.Split('#', 2)[0].Trim()).Where(l => l.Length > 0))
        {
            addresses.Add(IsWebAddress(line) ? new Uri(line) : throw new UsageException($"'{line}' in {argument} is not an http(s) address."));
        }

        return addresses.Count > 0 ? addresses : throw new UsageException($"{argument} lists no address.");
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
