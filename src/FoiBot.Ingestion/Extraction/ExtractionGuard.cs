namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// The edge between FoiBot and a third-party parser: whatever a damaged file makes the library throw becomes a
/// one-line reason, so one bad file never stops a run. Only cancellation passes through.
/// </summary>
internal static class ExtractionGuard
{
    public static ExtractionResult Run(string format, Func<ExtractionResult> extract)
    {
        try
        {
            return extract();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ExtractionResult.Failure($"damaged {format} ({ex.GetType().Name}: {OneLine(ex.Message)})");
        }
    }

    public static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 160 ? line : line[..160] + "...";
    }
}
