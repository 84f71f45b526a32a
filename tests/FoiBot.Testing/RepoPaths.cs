namespace FoiBot.Testing;

/// <summary>Locates the checkout's own folders, so tests read the real letters in corpus/.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Seeds => Path.Combine(Corpus, "seeds");

    public static string Dev => Path.Combine(Corpus, "dev");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FoiBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FoiBot.sln not found above " + AppContext.BaseDirectory);
    }
}
