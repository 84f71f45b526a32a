using FoiBot.Import;

namespace FoiBot.Cli.Output;

/// <summary>One line redrawn in place on a terminal: how many of the items found are done, and the one being fetched.</summary>
internal sealed class ProgressLine(TextWriter output) : IProgress<ImportProgress>
{
    private const int Width = 78;
    private int _drawn;

    public void Report(ImportProgress value)
    {
        var text = value.Total > 0 ? $"[{value.Done}/{value.Total}] {value.Current}" : $"listing {value.Current}";
        text = text.Length > Width ? text[..(Width - 1)] + "…" : text;
        output.Write("\r" + text.PadRight(_drawn));
        _drawn = text.Length;
        output.Flush();
    }

    public void Finish()
    {
        if (_drawn > 0)
        {
            output.Write("\r" + new string(' ', _drawn) + "\r");
            output.Flush();
        }
    }
}
