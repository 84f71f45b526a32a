namespace FoiBot.Evaluation;

/// <summary>
/// The file name a letter came from, read from its source path, so that gold and pair records can name letters that
/// print no reference. A letter found inside another file is sourced as "path#part" (an e-mail's attachment), and a
/// file's own name may hold '#', so every reading is offered: the whole name, and the name up to each '#'.
/// </summary>
public static class LetterFileNames
{
    public static IReadOnlyList<string> Of(string source)
    {
        var names = new List<string> { Name(source) };
        for (var hash = source.IndexOf('#', StringComparison.Ordinal); hash > 0; hash = source.IndexOf('#', hash + 1))
        {
            names.Add(Name(source[..hash]));
        }

        return names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // Either separator: a source written on Windows keeps its backslashes.
    private static string Name(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
}
