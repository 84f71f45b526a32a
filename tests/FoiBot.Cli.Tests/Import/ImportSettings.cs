namespace FoiBot.Cli.Tests.Import;

/// <summary>The import settings the tests run with: no wait between requests, short retry waits, a 1 MiB download limit.</summary>
internal static class ImportSettings
{
    public const string Contact = "foi-team@example.org";

    public const long MaxDownloadBytes = 1024 * 1024;

    public static IReadOnlyDictionary<string, string?> Fast { get; } = new Dictionary<string, string?>
    {
        ["Import:Contact"] = Contact,
        ["Import:RequestInterval"] = "00:00:00",
        ["Import:MaxRetries"] = "2",
        ["Import:MaxRetryWait"] = "00:00:01",
        ["Import:Timeout"] = "00:00:30",
        ["Import:MaxDownloadBytes"] = MaxDownloadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string[] Lines(string path) => File.ReadAllLines(path);
}
