using System.Buffers;
using System.Diagnostics;
using System.Text;

namespace FoiBot.Synthetic;

/// <summary>
/// Writes a corpus in chunks: the letters of a chunk are generated and written in parallel, then their truth lines
/// are appended in order, so truth.jsonl is the same on every run and memory stays flat at any corpus size.
/// </summary>
internal sealed class CorpusFileWriter(string folder, SyntheticCorpusOptions options, IProgress<int>? progress)
{
    private const int ChunkSize = 4 * SyntheticCorpus.LettersPerFolder;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SyntheticCorpusResult Run(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        var truthPath = Path.Combine(folder, SyntheticCorpus.TruthFileName);
        var questions = new QuestionSetBuilder(options.Seed);
        long bytes = 0;
        var skipped = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = ct,
            MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
        };
        using (var truth = new TruthFile(truthPath))
        {
            var chunk = new SyntheticLetter[Math.Min(ChunkSize, Math.Max(options.Letters, 1))];
            var sizes = new long[chunk.Length];
            var kept = new bool[chunk.Length];
            for (var start = 0; start < options.Letters; start += ChunkSize)
            {
                var count = Math.Min(ChunkSize, options.Letters - start);
                for (var shard = start / SyntheticCorpus.LettersPerFolder; shard * SyntheticCorpus.LettersPerFolder < start + count; shard++)
                {
                    Directory.CreateDirectory(Path.Combine(folder, shard.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
                }

                Parallel.For(0, count, parallel, i =>
                {
                    var letter = SyntheticCorpus.Generate(options.Seed, start + i);
                    (sizes[i], kept[i]) = WriteLetter(letter);
                    chunk[i] = letter with { Text = "" };
                });

                for (var i = 0; i < count; i++)
                {
                    truth.Add(chunk[i], sizes[i]);
                    questions.Add(chunk[i]);
                    bytes += sizes[i];
                    skipped += kept[i] ? 1 : 0;
                }

                progress?.Report(start + count);
            }
        }

        var questionsPath = Path.Combine(folder, SyntheticCorpus.QuestionsFileName);
        var written = questions.Write(questionsPath, options.Questions, options.Letters);
        return new SyntheticCorpusResult
        {
            Letters = options.Letters,
            Skipped = skipped,
            Bytes = bytes,
            Elapsed = clock.Elapsed,
            TruthPath = truthPath,
            QuestionsPath = questionsPath,
            Questions = written,
        };
    }

    /// <summary>Writes one letter as UTF-8 without a byte-order mark; a file already there with the right length is kept.</summary>
    private (long Bytes, bool Kept) WriteLetter(SyntheticLetter letter)
    {
        var path = Path.Combine(folder, letter.RelativePath);
        var buffer = ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(letter.Text.Length));
        try
        {
            var length = s_utf8.GetBytes(letter.Text, buffer);
            if (options.Resume && new FileInfo(path) is { Exists: true } existing && existing.Length == length)
            {
                return (length, true);
            }

            // A handle and one positioned write: no FileStream buffer, no seek; creating the file is most of the cost.
            using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
            RandomAccess.Write(file, buffer.AsSpan(0, length), fileOffset: 0);
            return (length, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
