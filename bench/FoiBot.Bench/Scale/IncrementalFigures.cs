namespace FoiBot.Bench.Scale;

/// <summary>One new letter added to the existing index without a rebuild, then removed again.</summary>
/// <param name="CliAddSeconds">`foibot index` after the new file appears: scan, parse it, update the index, exit.</param>
/// <param name="CliRemoveSeconds">`foibot index` after the file is deleted again.</param>
/// <param name="ApiAddMs">In a running process holding the index open: add the letter, commit, refresh, find it by search.</param>
/// <param name="Found">The new letter's reference was found by `foibot show` after the add.</param>
/// <param name="Serve">`foibot serve` following the corpus: from a letter file written (or deleted) to the letter served (or gone) over HTTP.</param>
internal sealed record IncrementalFigures(double CliAddSeconds, double CliRemoveSeconds, double? ApiAddMs, bool Found, string CliOutput, ServeWatchFigures? Serve = null);
