using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;

namespace FoiBot.Search.Indexing;

/// <summary>The build info as written into, and read back from, the index commit's user data.</summary>
internal static class CommitData
{
    public const string FormatVersionKey = "foibot.formatVersion";

    private const string FingerprintKey = "foibot.fingerprint";
    private const string BuiltAtKey = "foibot.builtAt";
    private const string LettersKey = "foibot.letters";
    private const string PassagesKey = "foibot.passages";

    /// <summary>Set by a full build and kept by incremental updates, so a reader can tell a rebuilt folder from an updated one.</summary>
    private const string IndexIdKey = "foibot.indexId";

    private const string BaseFingerprintKey = "foibot.baseFingerprint";

    /// <summary>A JSON array of the corpus folders; absent in commits written before roots were recorded.</summary>
    private const string RootsKey = "foibot.roots";

    /// <summary>A JSON object from corpus folder to the authority set for it; absent when none is set.</summary>
    private const string RootAuthoritiesKey = "foibot.rootAuthorities";

    public static Dictionary<string, string> Write(IndexBuildInfo info, IndexBuildResult result, string indexId) => new()
    {
        [BaseFingerprintKey] = info.BaseFingerprint ?? string.Empty,
        [IndexIdKey] = indexId,
        [FingerprintKey] = info.CorpusFingerprint,
        [BuiltAtKey] = info.BuiltAt.ToString("O", CultureInfo.InvariantCulture),
        [FormatVersionKey] = IndexBuildInfo.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture),
        [LettersKey] = result.Letters.ToString(CultureInfo.InvariantCulture),
        [PassagesKey] = result.Passages.ToString(CultureInfo.InvariantCulture),
        [RootsKey] = JsonSerializer.Serialize(info.Roots, DisclosureJsonContext.Default.IReadOnlyListString),
        [RootAuthoritiesKey] = JsonSerializer.Serialize(
            new Dictionary<string, string>(info.RootAuthorities, StringComparer.Ordinal), DisclosureJsonContext.Default.DictionaryStringString),
    };

    /// <summary>The latest commit's build info, or null with the reason the folder holds no usable FoiBot index.</summary>
    public static IndexBuildInfo? Read(Lucene.Net.Store.Directory directory, string indexDirectory, out string? problem) =>
        ReadSummary(directory, indexDirectory, out problem)?.BuildInfo;

    /// <summary>The latest commit's build info and counts, or null with the reason the folder holds no usable FoiBot index.</summary>
    public static IndexCommitSummary? ReadSummary(Lucene.Net.Store.Directory directory, string indexDirectory, out string? problem)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            problem = $"The folder {indexDirectory} holds no letter index. Build the index first.";
            return null;
        }

        var commit = new SegmentInfos();
        try
        {
            commit.Read(directory);
        }
        catch (IOException ex)
        {
            problem = $"The index in {indexDirectory} cannot be read ({ex.Message}). The index must be rebuilt.";
            return null;
        }

        return Read(commit.UserData, indexDirectory, out problem) is { } info
            ? new IndexCommitSummary(info, Count(commit.UserData, LettersKey), Count(commit.UserData, PassagesKey))
            : null;
    }

    private static int Count(IDictionary<string, string> userData, string key) =>
        userData.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    /// <summary>The identity of the full build these commits descend from; empty when there is none.</summary>
    public static string IndexId(IDictionary<string, string> userData) => userData.TryGetValue(IndexIdKey, out var id) ? id : string.Empty;

    /// <summary>The identity of the latest commit's full build.</summary>
    public static string IndexId(Lucene.Net.Store.Directory directory)
    {
        var commit = new SegmentInfos();
        commit.Read(directory);
        return IndexId(commit.UserData);
    }

    public static IndexBuildInfo? Read(IDictionary<string, string> userData, string indexDirectory, out string? problem)
    {
        if (!userData.TryGetValue(FormatVersionKey, out var versionText)
            || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !userData.TryGetValue(FingerprintKey, out var fingerprint)
            || !userData.TryGetValue(BuiltAtKey, out var builtAtText)
            || !DateTimeOffset.TryParse(builtAtText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var builtAt))
        {
            problem = $"The folder {indexDirectory} holds a Lucene index that FoiBot did not write. Rebuild the index.";
            return null;
        }

        if (version != IndexBuildInfo.CurrentFormatVersion)
        {
            problem = $"The index in {indexDirectory} has format version {version}, but this FoiBot reads version "
                + $"{IndexBuildInfo.CurrentFormatVersion}. The index must be rebuilt.";
            return null;
        }

        problem = null;
        var baseFingerprint = userData.TryGetValue(BaseFingerprintKey, out var text) && text.Length > 0 ? text : null;
        return new IndexBuildInfo { CorpusFingerprint = fingerprint, BaseFingerprint = baseFingerprint, BuiltAt = builtAt, FormatVersion = version, Roots = Roots(userData), RootAuthorities = RootAuthorities(userData) };
    }

    private static IReadOnlyList<string> Roots(IDictionary<string, string> userData)
    {
        if (!userData.TryGetValue(RootsKey, out var json) || json.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, DisclosureJsonContext.Default.IReadOnlyListString) ?? [];
        }
        catch (JsonException)
        {
            // A damaged list is treated as none recorded: the caller falls back to the folders it was given.
            return [];
        }
    }

    private static Dictionary<string, string> RootAuthorities(IDictionary<string, string> userData)
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!userData.TryGetValue(RootAuthoritiesKey, out var json) || json.Length == 0)
        {
            return none;
        }

        try
        {
            return JsonSerializer.Deserialize(json, DisclosureJsonContext.Default.DictionaryStringString) is { } read
                ? new Dictionary<string, string>(read, StringComparer.Ordinal)
                : none;
        }
        catch (JsonException)
        {
            // As for a damaged list of folders: none recorded, and the caller's configuration is used.
            return none;
        }
    }
}
