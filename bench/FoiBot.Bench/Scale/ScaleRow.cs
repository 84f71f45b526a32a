namespace FoiBot.Bench.Scale;

/// <summary>One row of the results table; a null figure is shown as a dash (the measure does not apply to that system).</summary>
internal sealed record ScaleRow(string Name, string Format, Func<ScaleResult, (double? FoiBot, double? Peer)> Values);
