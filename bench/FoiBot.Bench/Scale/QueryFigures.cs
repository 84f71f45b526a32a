namespace FoiBot.Bench.Scale;

/// <summary>What one system's query process measured over an existing index: latencies, throughput, memory and answer quality.</summary>
internal sealed record QueryFigures
{
    public required string System { get; init; }

    /// <summary>Opening the index and building what answers need, in an already running process.</summary>
    public required double OpenMs { get; init; }

    public required int Questions { get; init; }

    /// <summary>Timed single-thread asks; fewer than the questions when the time budget ran out first.</summary>
    public int AskSamples { get; init; }

    /// <summary>Questions the quality figures were computed over; fewer than all when the time budget ran out first.</summary>
    public int QualityQuestions { get; init; }

    /// <summary>FoiBot: a whole extractive answer. Peer: its best 40 passages (all it can give).</summary>
    public required double AskP50Ms { get; init; }

    public required double AskP99Ms { get; init; }

    public required double AskPerSecondOneThread { get; init; }

    /// <summary>Retrieval alone (the best 40 passages); for the peer the same as ask.</summary>
    public required double SearchP50Ms { get; init; }

    public required double SearchP99Ms { get; init; }

    public required IReadOnlyList<ConcurrentFigures> Concurrent { get; init; }

    /// <summary>The query process's peak resident memory (VmHWM), after every measurement above.</summary>
    public long? PeakBytes { get; init; }

    /// <summary>Of the answerable questions, the share whose answer cites a gold letter (peer: a gold letter in its best 5).</summary>
    public double? GoldRate { get; init; }

    /// <summary>Of the unanswerable questions, the share FoiBot declined to answer (the peer always returns passages).</summary>
    public double? AbstainRate { get; init; }
}
