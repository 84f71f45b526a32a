namespace FoiBot.Bench.Scale;

/// <summary>The repository the benchmark runs from: the nearest folder up from here holding FoiBot.sln.</summary>
internal static class Repository
{
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "FoiBot.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the FoiBot repository (no FoiBot.sln found above here).");
    }
}
