using System.Text;

namespace FoiBot.Import;

/// <summary>File names an import gives what it saves: plain, short, and safe on every file system.</summary>
internal static class FileNames
{
    private const int MaxLength = 120;

    /// <summary>Lower-case letters, digits, '-', '_' and '.', runs of anything else as one '_'; never hidden, never empty.</summary>
    public static string Safe(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (keep)
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '_')
            {
                text.Append('_');
            }
        }

        var safe = text.ToString().Trim('.', '_');
        if (safe.Length > MaxLength)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(MaxLength - extension.Length)] + extension;
        }

        return safe.Length == 0 ? "file" : safe;
    }

    /// <summary>The kinds of file the corpus reader reads; anything else is not worth downloading.</summary>
    public static bool IsReadable(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".pdf" or ".docx" or ".txt" or ".html" or ".htm" or ".eml" or ".md";
}
