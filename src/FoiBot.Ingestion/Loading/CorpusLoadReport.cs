using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Loading;

/// <summary>What a streamed load did besides yielding letters; complete once the enumeration has ended.</summary>
public sealed class CorpusLoadReport
{
    private readonly List<SkippedFile> _skipped = [];

    /// <summary>Each file (or part of one) that was not indexed, with the reason, in scan order.</summary>
    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    /// <summary>Letters yielded so far.</summary>
    public int Letters { get; private set; }

    /// <summary>Files looked at so far, read or not.</summary>
    public int Files { get; private set; }

    /// <summary>The most files read or being read but not yet yielded at any one time: what bounds the load's memory.</summary>
    public int PeakBufferedFiles { get; private set; }

    /// <summary>True once every file of the scan has been looked at.</summary>
    public bool IsComplete { get; private set; }

    internal void Skip(SkippedFile file) => _skipped.Add(file);

    internal void Skip(IEnumerable<SkippedFile> files) => _skipped.AddRange(files);

    internal void CountLetter() => Letters++;

    internal void CountFile(int peakBuffered)
    {
        Files++;
        PeakBufferedFiles = Math.Max(PeakBufferedFiles, peakBuffered);
    }

    internal void Complete() => IsComplete = true;
}
