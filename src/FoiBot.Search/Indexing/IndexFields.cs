namespace FoiBot.Search.Indexing;

/// <summary>Field names and values of the document kinds: one per passage, one per letter, one per corpus file.</summary>
/// <remarks>
/// Letter lookups use their own "letter.*" fields so a reference query can never return a letter
/// document as a passage hit.
/// </remarks>
internal static class IndexFields
{
    public const string Kind = "type";
    public const string PassageKind = "passage";
    public const string LetterKind = "letter";
    public const string FileKind = "file";

    /// <summary>On every document of a letter (its passages and itself), so one term deletes or replaces them all.</summary>
    public const string Owner = "owner";

    // Passage documents.
    public const string LetterId = "id";
    public const string Ref = "ref";
    public const string Authority = "authority";
    public const string Date = "date";
    public const string SubjectText = "subject";
    public const string QuestionText = "question";
    public const string AnswerText = "answer";
    public const string PairIndex = "pair";
    public const string PairOutcome = "outcome";

    // Letter documents.
    public const string LetterKey = "letter.id";
    public const string LetterRef = "letter.ref";
    public const string LetterSource = "letter.source";
    public const string LetterFile = "letter.file";

    // Doc values, not stored fields, so authority coverage is counted without reading any letter.
    public const string LetterAuthority = "letter.authority";

    /// <summary>Where the letter's authority came from, by name: an update weighs a folder's letters by it without reading them.</summary>
    public const string LetterAuthoritySource = "letter.authoritySource";
    public const string LetterDate = "letter.date";
    public const string LetterJson = "letter.json";

    // File documents: provenance for in-place updates, never searched as text.
    public const string FileKey = "file.key";
    public const string FileLength = "file.length";
    public const string FileTicks = "file.ticks";
    public const string FileLetter = "file.letter";
    public const string FileDuplicate = "file.duplicate";

    // The same LetterIds as terms, so an update finds the file a letter is indexed from, or the files holding a
    // copy of it, without reading every file's record.
    public const string FileHolds = "file.holds";
    public const string FileHoldsCopy = "file.holds.copy";

    /// <summary>The <see cref="Owner"/> of a file document, apart from any LetterId.</summary>
    public static string FileOwner(string key) => "file:" + key;

    /// <summary>References, authorities and file names match whole and case-insensitively.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The last segment of a path written with either slash, whatever the host OS.</summary>
    public static string FileName(string path)
    {
        var trimmed = path.Trim();
        return trimmed[(trimmed.LastIndexOfAny(['/', '\\']) + 1)..];
    }

    public static int DateNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly FromDateNumber(int number) => new(number / 10000, number / 100 % 100, number % 100);
}
