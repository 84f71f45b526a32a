using System.CommandLine;

namespace FoiBot.Cli.Commands;

/// <summary>Options several commands share, built fresh per command so each command owns its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string?> Index() => new("--index")
    {
        Description = "Index folder (default: FoiBot:IndexPath, .foibot/index)",
    };

    public static Option<string[]> Corpus() => new("--corpus")
    {
        Description = "Corpus folder; repeat for several (default: FoiBot:CorpusPaths, ./corpus)",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of text",
    };

    public static Option<bool> Csv() => new("--csv")
    {
        Description = "Print CSV (for a spreadsheet) instead of text",
    };
}
