namespace FoiBot.Indexing;

/// <summary>An authority set for a corpus folder resolves to nothing in the catalog: nothing is indexed under a name no question could find.</summary>
public sealed class UnknownAuthorityException(string name, string root)
    : Exception($"'{name}', set as the authority of {root}, is no authority FoiBot knows; write its name as the authority does (e.g. \"Leeds City Council\"), or leave it out and let the letters say.")
{
    public string Name { get; } = name;

    public string Root { get; } = root;
}
