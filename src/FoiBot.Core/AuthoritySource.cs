namespace FoiBot.Core;

/// <summary>Where a letter's authority was learned, most trusted first: what a user or the letter itself says beats a guess from where the file sits.</summary>
public enum AuthoritySource
{
    /// <summary>No authority was found.</summary>
    None,

    /// <summary>A provenance table (SOURCES.md, sources.csv) beside the letters names it.</summary>
    ProvenanceTable,

    /// <summary>The corpus folder was indexed as one authority's (`foibot index --corpus DIR --authority NAME`).</summary>
    CorpusFolder,

    /// <summary>The letter's letterhead, or its own e-mail or web domain.</summary>
    Letterhead,

    /// <summary>The name of a folder the file sits in, matched against the catalog.</summary>
    FolderName,

    /// <summary>The file's own name ("leeds-foi-12345.txt"), matched against the catalog.</summary>
    FileName,

    /// <summary>How the letter's text names it, without letterhead or domain: the weakest of the letter's own signals.</summary>
    Text,

    /// <summary>Other letters in the same folder, all attributed to one authority.</summary>
    SiblingLetters,
}
