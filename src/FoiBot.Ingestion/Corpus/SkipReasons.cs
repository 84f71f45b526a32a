namespace FoiBot.Ingestion.Corpus;

/// <summary>The wording of every skip reason, in one place so the CLI's report and the tests agree.</summary>
internal static class SkipReasons
{
    public const string Empty = "empty file";

    public const string Vanished = "vanished while reading";

    public const string FolderNotFound = "folder not found";

    public const string NotAFolder = "not a folder";

    public const string BrokenLink = "broken link";

    public static string TooLarge(long bytes, long limit) => $"too large ({ByteSize.Format(bytes)}; limit {ByteSize.Format(limit)})";

    // I/O messages can span lines on some platforms; a reason is one line in the CLI's report.
    public static string Unreadable(Exception exception) => "unreadable: " + exception.Message.ReplaceLineEndings(" ").Trim();
}
