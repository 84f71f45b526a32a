using FoiBot.Ingestion.Corpus;

namespace FoiBot.Cli.Indexing;

/// <summary>What an index build did: letters and passages written, files seen, and each file skipped with its reason.</summary>
internal sealed record IndexBuildSummary(int Letters, int Passages, int FilesSeen, IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed);
