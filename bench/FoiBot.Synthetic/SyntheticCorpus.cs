using System.Globalization;

namespace FoiBot.Synthetic;

/// <summary>
/// A deterministic synthetic corpus of FOI response letters for benchmarks: letter <c>number</c> of a corpus with
/// <c>seed</c> is always the same text, whatever else is generated, so letters can be made in parallel or one at a
/// time (the harness's "one more letter").
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The most letters one shard folder holds.</summary>
    public const int LettersPerFolder = 1000;

    public const string TruthFileName = "truth.jsonl";

    public const string QuestionsFileName = "questions.jsonl";

    public static SyntheticLetter Generate(int seed, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var plan = LetterPlanner.Plan(number, LetterRandom.For(seed, number));
        return new SyntheticLetter
        {
            Number = number,
            RelativePath = RelativePath(number),
            Text = LetterWriter.Write(plan),
            Authority = plan.Profile.Authority.Name,
            Reference = plan.Reference,
            ResponseDate = plan.DatePrinted ? plan.Date : null,
            Outcome = LetterPlanner.Combine(plan.Pairs),
            Topic = plan.Topic.Id,
            TopicTitle = plan.Topic.Title,
            Layout = LayoutNames.Of(plan.Layout),
            Law = plan.Law.Short,
            Pairs = [.. plan.Pairs.Select(p => new SyntheticPair(p.Question, p.Answer, p.Outcome))],
        };
    }

    /// <summary>"0001/letter-0001234.txt": a thousand letters a folder.</summary>
    public static string RelativePath(int number) =>
        (number / LettersPerFolder).ToString("D4", CultureInfo.InvariantCulture) + "/letter-" + number.ToString("D7", CultureInfo.InvariantCulture) + ".txt";

    /// <summary>
    /// Writes letters 0 to <c>Letters - 1</c> under <paramref name="folder"/> in shard folders, with truth.jsonl and
    /// questions.jsonl in the folder itself (the corpus scanner does not read .jsonl files as letters).
    /// </summary>
    /// <param name="progress">Told the number of letters done so far, after every 4,000 letters and at the end.</param>
    public static SyntheticCorpusResult Write(string folder, SyntheticCorpusOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new CorpusFileWriter(folder, options, progress).Run(ct);
    }
}
