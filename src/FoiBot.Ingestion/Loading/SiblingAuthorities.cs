using FoiBot.Core;

namespace FoiBot.Ingestion.Loading;

/// <summary>
/// The corpus-level step after parsing: a letter whose own signals name no authority, or only how its text names one,
/// takes the authority its folder's other letters agree on (at least <see cref="LeastLetters"/> of them, none naming
/// another), as users keep one authority's letters together. It needs every letter of the folder, so it is no part of
/// the single-letter parser; the index store applies it to a build, an update and a load.
/// </summary>
public static class SiblingAuthorities
{
    /// <summary>One other letter is an anecdote; two that agree are a folder kept for one authority.</summary>
    public const int LeastLetters = 2;

    /// <summary>The folder whose letters are siblings of the file at <paramref name="fullPath"/>.</summary>
    public static string FolderOf(string fullPath) => Path.GetDirectoryName(fullPath) ?? fullPath;

    /// <summary>Whether a letter's authority is its own or the user's word, and so counts towards its folder's.</summary>
    public static bool Votes(Disclosure letter) => new FiledAuthority(string.Empty, letter.Authority, letter.AuthoritySource).Votes;

    /// <summary>By folder, the authorities of the letters among <paramref name="letters"/> that count towards their folder's.</summary>
    public static Dictionary<string, IReadOnlyList<string>> VotesByFolder(IEnumerable<FiledAuthority> letters) =>
        letters
            .Where(l => l.Votes)
            .GroupBy(l => FolderOf(l.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(l => l.Authority!)], StringComparer.Ordinal);

    /// <summary>The one authority <paramref name="votes"/> agree on, or null when they are too few or disagree.</summary>
    public static string? Consensus(IEnumerable<string> votes)
    {
        string? agreed = null;
        var count = 0;
        foreach (var vote in votes)
        {
            if (agreed is not null && !string.Equals(agreed, vote, StringComparison.Ordinal))
            {
                return null;
            }

            agreed = vote;
            count++;
        }

        return count >= LeastLetters ? agreed : null;
    }

    /// <summary>The consensus of the folder at <paramref name="folder"/>, from <paramref name="votes"/> by folder.</summary>
    public static string? ConsensusOf(IReadOnlyDictionary<string, IReadOnlyList<string>> votes, string folder) =>
        votes.TryGetValue(folder, out var here) ? Consensus(here) : null;

    /// <summary>Whether an indexed letter, as the index holds it, would come out otherwise with <paramref name="consensus"/> as its folder's.</summary>
    public static bool IsStale(FiledAuthority indexed, string? consensus) =>
        !indexed.Votes && (indexed.Source == AuthoritySource.SiblingLetters
            ? !string.Equals(indexed.Authority, consensus, StringComparison.Ordinal)
            : consensus is not null);

    /// <summary>
    /// <paramref name="letters"/>, in their order, each with its folder's authority when it has none of its own and the
    /// folder agrees on one; <paramref name="otherVotes"/> are the folders' letters not among them (an update's unchanged ones).
    /// </summary>
    public static List<LoadedLetter> Assign(IReadOnlyList<LoadedLetter> letters, IReadOnlyDictionary<string, IReadOnlyList<string>>? otherVotes = null)
    {
        var votes = VotesByFolder(letters.Select(FiledAuthority.Of));
        foreach (var (folder, more) in otherVotes ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            votes[folder] = votes.TryGetValue(folder, out var here) ? [.. here, .. more] : more;
        }

        return [.. letters.Select(l => ConsensusOf(votes, FolderOf(l.File.FullPath)) is { } consensus ? l with { Disclosure = Apply(l.Disclosure, consensus) } : l)];
    }

    /// <summary>The letter with its folder's authority, when it has none of its own and its folder agrees on one.</summary>
    public static Disclosure Apply(Disclosure letter, string? consensus)
    {
        if (consensus is null || Votes(letter))
        {
            return letter;
        }

        var why = letter.Authority is { } guessed
            ? $"'{guessed}' is only how the text names a body; the other letters in its folder are all '{consensus}''s, which is used"
            : $"taken from the other letters in its folder, which are all '{consensus}''s";
        return letter with
        {
            Authority = consensus,
            AuthorityPart = null,
            AuthoritySource = AuthoritySource.SiblingLetters,
            Diagnostics = [.. letter.Diagnostics.Where(d => !(d.Field == "authority" && d.Severity == DiagnosticSeverity.Warning && letter.Authority is null)),
                new ParseDiagnostic(DiagnosticSeverity.Info, "authority", why)],
        };
    }
}
