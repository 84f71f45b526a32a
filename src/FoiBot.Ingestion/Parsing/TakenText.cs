namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Whether a line's squeezed words stand in the text the pairs took, in time linear in both: every window of
/// <see cref="Window"/> characters of the taken text is hashed once, and a line is held when its windows, read a
/// window apart and at its end, are all among them. A letter of megabytes costs a pass, not a search per line.
/// </summary>
internal sealed class TakenText
{
    /// <summary>Long enough that a window of a line matching by chance is rare; a line shorter than this cannot be told.</summary>
    public const int Window = 12;

    private const ulong Base = 1_000_003;

    private readonly HashSet<ulong> _windows = [];

    public TakenText(string squeezed)
    {
        if (squeezed.Length < Window)
        {
            return;
        }

        var power = Power();
        var hash = Hash(squeezed.AsSpan(0, Window));
        _windows.Add(hash);
        for (var i = Window; i < squeezed.Length; i++)
        {
            hash = (hash - (squeezed[i - Window] * power)) * Base + squeezed[i];
            _windows.Add(hash);
        }
    }

    public static bool IsShort(string words) => words.Length < Window;

    public bool Holds(string words)
    {
        for (var at = 0; at + Window <= words.Length; at += Window)
        {
            if (!_windows.Contains(Hash(words.AsSpan(at, Window))))
            {
                return false;
            }
        }

        return _windows.Contains(Hash(words.AsSpan(words.Length - Window, Window)));
    }

    private static ulong Hash(ReadOnlySpan<char> window)
    {
        ulong hash = 0;
        foreach (var c in window)
        {
            hash = hash * Base + c;
        }

        return hash;
    }

    /// <summary>Base to the power of one less than the window: the weight of the character leaving it.</summary>
    private static ulong Power()
    {
        ulong power = 1;
        for (var i = 1; i < Window; i++)
        {
            power *= Base;
        }

        return power;
    }
}
