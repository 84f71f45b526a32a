using FoiBot.Core;

namespace FoiBot.Ingestion.Loading;

/// <summary>What <see cref="SiblingAuthorities"/> needs of a letter: the file it is read from, its authority and where that came from.</summary>
public readonly record struct FiledAuthority(string Path, string? Authority, AuthoritySource Source)
{
    public static FiledAuthority Of(LoadedLetter letter) => new(letter.File.FullPath, letter.Disclosure.Authority, letter.Disclosure.AuthoritySource);

    /// <summary>Whether the authority is the letter's own or the user's word, and so counts towards its folder's.</summary>
    public bool Votes => Authority is not null
        && Source is AuthoritySource.ProvenanceTable or AuthoritySource.CorpusFolder or AuthoritySource.Letterhead
            or AuthoritySource.FileName or AuthoritySource.FolderName;
}
