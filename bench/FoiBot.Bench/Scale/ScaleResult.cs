namespace FoiBot.Bench.Scale;

/// <summary>Everything one corpus size measured, both systems, in one run; written as JSON and rendered into the README.</summary>
internal sealed record ScaleResult
{
    public required int Letters { get; init; }

    public required DateTimeOffset MeasuredAt { get; init; }

    public required string Machine { get; init; }

    public required long CorpusBytes { get; init; }

    public double? GenerateSeconds { get; init; }

    public required int LettersIndexed { get; init; }

    public required int Passages { get; init; }

    public required IngestFigures FoiBotIngest { get; init; }

    public required IngestFigures PeerIngest { get; init; }

    public required QueryFigures FoiBotQuery { get; init; }

    public required QueryFigures PeerQuery { get; init; }

    public required ColdStartFigures ColdStart { get; init; }

    public required IncrementalFigures Incremental { get; init; }
}
