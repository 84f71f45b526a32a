namespace FoiBot.Import;

/// <summary>What an import did: letters and files added, what was there already, and what could not be had (each naming its address).</summary>
public sealed class ImportReport
{
    private readonly List<string> _problems = [];

    /// <summary>Responses (or pages) whose files were all saved in this run.</summary>
    public int Imported { get; set; }

    /// <summary>Files written in this run.</summary>
    public int Files { get; set; }

    /// <summary>Responses (or pages) a previous run imported, not fetched again.</summary>
    public int AlreadyImported { get; set; }

    /// <summary>Requests left out by --status or --since.</summary>
    public int Filtered { get; set; }

    public IReadOnlyList<string> Problems => _problems;

    public void Problem(string problem) => _problems.Add(problem);

    /// <summary>Counts a file <see cref="Folder.ImportFolder.Save"/> wrote (not one already there) and gives back its name.</summary>
    public string Saved((string Name, bool Written) saved)
    {
        Files += saved.Written ? 1 : 0;
        return saved.Name;
    }
}
