using FoiBot.Core;

namespace FoiBot.Search;

/// <summary>A parsed letter to index, under a key the caller keeps stable (a hash of the file's content).</summary>
public sealed record IndexedLetter(string LetterId, Disclosure Disclosure);
