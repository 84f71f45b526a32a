using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FoiBot.Import.Folder;

/// <summary>
/// The corpus folder an import writes to. Every file is written under a hidden temporary name and renamed into place,
/// so the corpus never holds half a file; a file already there is never replaced (an identical one is taken as saved
/// by an earlier run, a different one keeps its name and the new file gets another). Each file gets a row in the
/// folder's sources.csv, and what has been imported is kept in a small state file, so a second run adds only what
/// is new and an interrupted one resumes.
/// </summary>
public sealed class ImportFolder
{
    /// <summary>The provenance table's header, in names the corpus reader knows.</summary>
    public const string Header = "file,authority,ref,date,source address";

    public const string TableName = "sources.csv";

    /// <summary>Hidden, so the corpus walker never reads it as a letter.</summary>
    public const string StateName = ".foibot-import.json";

    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);

    /// <summary>Whether the table was there when the folder was opened, or has been written since.</summary>
    private bool _tableExisted;
    private readonly HashSet<string> _done;

    private ImportFolder(string path, HashSet<string> done)
    {
        Path = path;
        _done = done;
    }

    public string Path { get; }

    /// <summary>Opens (creating it when needed) the folder; null and why when its own sources.csv has other columns.</summary>
    public static ImportFolder Open(string path, out string? problem)
    {
        Directory.CreateDirectory(path);
        var done = new HashSet<string>(StringComparer.Ordinal);
        ReadState(System.IO.Path.Combine(path, StateName), done);
        var folder = new ImportFolder(path, done);
        problem = folder.ReadTable();
        return folder;
    }

    public bool IsDone(string key) => _done.Contains(key);

    /// <summary>
    /// Saves <paramref name="content"/> as <paramref name="name"/> (or a free variant of it): the name used, and false
    /// when an identical file was already there (saved by an interrupted run).
    /// </summary>
    public (string Name, bool Written) Save(string name, byte[] content)
    {
        var stem = System.IO.Path.GetFileNameWithoutExtension(name);
        var extension = System.IO.Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? name : $"{stem}-{n}{extension}";
            var target = System.IO.Path.Combine(Path, candidate);
            if (File.Exists(target))
            {
                if (SameContent(target, content))
                {
                    return (candidate, false);
                }

                continue;
            }

            var temporary = System.IO.Path.Combine(Path, $".{candidate}.{Guid.NewGuid():N}.part");
            File.WriteAllBytes(temporary, content);
            try
            {
                File.Move(temporary, target, overwrite: false);
                return (candidate, true);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another writer took the name between the check and the rename: try the next one.
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Adds the rows for files not yet listed, then records <paramref name="key"/> as imported when given.</summary>
    public void Commit(IReadOnlyList<ProvenanceRow> rows, string? key)
    {
        var added = rows.Where(r => _listed.Add(r.File)).ToList();
        if (added.Count > 0)
        {
            var text = new StringBuilder();
            foreach (var row in added)
            {
                text.Append(CsvLine.Write([row.File, row.Authority, row.Reference, row.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.SourceAddress])).Append('\n');
            }

            AppendRows(text.ToString());
        }

        if (key is not null && _done.Add(key))
        {
            // Another import into this folder may have recorded keys since it was opened: they are read back first, so
            // the state written holds theirs as well as this one's.
            var state = System.IO.Path.Combine(Path, StateName);
            ReadState(state, _done);
            Replace(state, JsonSerializer.SerializeToUtf8Bytes(_done.Order(StringComparer.Ordinal).ToList(), ImportJsonContext.Default.ListString));
        }
    }

    private static void ReadState(string state, HashSet<string> done)
    {
        if (File.Exists(state))
        {
            done.UnionWith(JsonSerializer.Deserialize(File.ReadAllText(state), ImportJsonContext.Default.ListString) ?? []);
        }
    }

    /// <summary>Reads the files the table lists; a problem when the table is not one this importer wrote.</summary>
    private string? ReadTable()
    {
        var table = System.IO.Path.Combine(Path, TableName);
        if (!File.Exists(table))
        {
            return null;
        }

        _tableExisted = true;

        var lines = File.ReadAllText(table).ReplaceLineEndings("\n").Split('\n');
        if (!string.Equals(lines[0].Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            return $"{table} has other columns than an import writes ({Header}); import into another folder";
        }

        foreach (var line in lines.Skip(1))
        {
            if (CsvLine.FirstCell(line) is { Length: > 0 } file)
            {
                _listed.Add(file);
            }
        }

        return null;
    }

    /// <summary>
    /// Appends rows to the table, never rewriting it: rows another process or an editor adds meanwhile stay. A new table
    /// is created only where none was when the folder was opened; one that vanished since stops the import.
    /// </summary>
    private void AppendRows(string rows)
    {
        var table = System.IO.Path.Combine(Path, TableName);
        if (!_tableExisted)
        {
            try
            {
                using var created = new FileStream(table, FileMode.CreateNew, FileAccess.Write);
                created.Write(Encoding.UTF8.GetBytes(Header + "\n" + rows));
                _tableExisted = true;
                return;
            }
            catch (IOException) when (File.Exists(table))
            {
                // Another writer created it first: append to theirs below.
            }
        }

        if (!File.Exists(table))
        {
            throw new IOException($"{table} was there when the import began and is gone now; no new table is written in its place");
        }

        using var stream = new FileStream(table, FileMode.Open, FileAccess.ReadWrite);
        var first = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true).ReadLine();
        if (!string.Equals(first?.Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new IOException($"{table} no longer starts with the columns an import writes ({Header}); nothing was added to it");
        }

        var ending = stream.Length > 0 && LastByte(stream) != (byte)'\n' ? "\n" : "";
        stream.Seek(0, SeekOrigin.End);
        stream.Write(Encoding.UTF8.GetBytes(ending + rows));
        _tableExisted = true;
    }

    private static int LastByte(FileStream stream)
    {
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte();
    }

    private static bool SameContent(string path, byte[] content) =>
        new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);

    /// <summary>The importer's state is replaced whole: written aside under a name of its own, then renamed over the old one.</summary>
    private void Replace(string target, byte[] content)
    {
        var temporary = System.IO.Path.Combine(Path, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.part");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, target, overwrite: true);
    }
}
