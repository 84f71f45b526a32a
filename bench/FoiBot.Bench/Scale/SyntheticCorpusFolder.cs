using System.Globalization;
using FoiBot.Evaluation;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Scale;

/// <summary>A generated corpus of one size in the work folder, generated once and reused while its size and seed match.</summary>
internal sealed record SyntheticCorpusFolder(string Folder, long Bytes, double? GenerateSeconds, string? Questions, string SampleQuestion)
{
    public static SyntheticCorpusFolder Ensure(string work, int letters, int seed, TextWriter log)
    {
        var folder = Path.Combine(work, $"corpus-{letters.ToString(CultureInfo.InvariantCulture)}-seed{seed.ToString(CultureInfo.InvariantCulture)}");

        // Written last, so a generation cut short is redone rather than measured half-written. Hidden: never read as a letter.
        var done = Path.Combine(folder, ".generated");
        double? seconds = null;
        if (!File.Exists(done))
        {
            log.WriteLine($"[{letters}] generating {letters} letters into {folder}");
            var result = SyntheticCorpus.Write(folder, new SyntheticCorpusOptions { Letters = letters, Seed = seed });
            seconds = result.Elapsed.TotalSeconds;
            log.WriteLine($"[{letters}] generated {result.Letters} letters, {result.Bytes / 1e6:F0} MB in {seconds:F1} s");
            File.WriteAllText(done, result.Bytes.ToString(CultureInfo.InvariantCulture));
        }

        var bytes = long.Parse(File.ReadAllText(done), CultureInfo.InvariantCulture);
        var questions = Path.Combine(folder, SyntheticCorpus.QuestionsFileName);
        return File.Exists(questions)
            ? new SyntheticCorpusFolder(folder, bytes, seconds, questions, EvalQuestionFile.Read(questions)[0].Question)
            : new SyntheticCorpusFolder(folder, bytes, seconds, null, SampleQuestionFor(seed));
    }

    /// <summary>A question about the first letter's topic and authority, for the cold-start runs.</summary>
    private static string SampleQuestionFor(int seed)
    {
        var letter = SyntheticCorpus.Generate(seed, 0);
        return $"{letter.TopicTitle}: {letter.Authority}";
    }
}
