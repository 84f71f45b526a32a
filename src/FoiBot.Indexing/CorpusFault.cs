namespace FoiBot.Indexing;

/// <summary>A corpus folder that cannot be read right now: missing, not a folder, or refused. Never a sign its letters were deleted.</summary>
public sealed record CorpusFault(string Root, string Problem)
{
    public override string ToString() => $"corpus folder {Root} {Problem}";
}
