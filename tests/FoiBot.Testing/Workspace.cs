namespace FoiBot.Testing;

/// <summary>A working folder holding a copy of some of the real letters under ./corpus, as a user's checkout would.</summary>
public sealed class Workspace : IDisposable
{
    private readonly TempDirectory _folder = new();

    public Workspace(bool devLetters = true)
    {
        CopyFolder(RepoPaths.Seeds, Path.Combine(Root, "corpus", "seeds"));
        if (devLetters)
        {
            CopyFolder(RepoPaths.Dev, Path.Combine(Root, "corpus", "dev"));
        }
    }

    public string Root => _folder.Path;

    public string Corpus => Path.Combine(Root, "corpus");

    public string Combine(params string[] parts) => _folder.Combine(parts);

    public void Dispose() => _folder.Dispose();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
