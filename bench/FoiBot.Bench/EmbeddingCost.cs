using System.Diagnostics;
using System.Globalization;
using System.Text;
using FoiBot.Answering;
using FoiBot.Answering.Semantic;
using FoiBot.Core.Authorities;
using FoiBot.Evaluation;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;

namespace FoiBot.Bench;

/// <summary>
/// What Answering:Embeddings=MiniLM costs: the model's time per text over the texts the engine compares in the real
/// letters, what computing them ahead would take at 10k and 100k letters, and `ask` with and without the model, first
/// while the vectors are new and then once they are kept.
/// </summary>
internal static class EmbeddingCost
{
    public static string Run(string[] args)
    {
        var corpus = "corpus";
        var questionsPath = Path.Combine("tests", "eval", "dev-questions.jsonl");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--questions": questionsPath = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var loader = new CorpusLoader(new CorpusOptions(), new LetterParser());
        var letters = loader.Load(loader.Scan([corpus])).Letters;
        var texts = letters.SelectMany(l => l.Disclosure.Pairs.SelectMany(SemanticRescue.TextsRead)).Distinct(StringComparer.Ordinal).ToList();
        var questions = EvalQuestionFile.Read(questionsPath).Select(q => q.Question).ToList();

        var load = Stopwatch.StartNew();
        var model = SentenceEmbedders.Load(SentenceEmbedders.MiniLm)!;
        model.Embed("warm up");
        load.Stop();

        var embed = Stopwatch.StartNew();
        foreach (var sentence in texts)
        {
            model.Embed(sentence);
        }

        embed.Stop();
        var perText = embed.Elapsed.TotalMilliseconds / texts.Count;
        var perLetter = (double)texts.Count / letters.Count;

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{letters.Count} letters, {texts.Count} distinct texts compared (a passage's question and first answer sentences), {texts.Average(t => t.Length):F0} characters on average; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| model load and first text (ms) | {load.Elapsed.TotalMilliseconds:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| per text, one thread (ms) | {perText:F1} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| texts per letter | {perLetter:F1} |");
        foreach (var size in new[] { 10_000, 100_000 })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| all vectors ahead for {size:N0} letters, one thread (min) | {perLetter * size * perText / 60_000:F0} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| their size for {size:N0} letters (MB) | {perLetter * size * 384 * 4 / 1e6:F0} |");
        }

        var work = Directory.CreateTempSubdirectory("foibot-embeddings-");
        try
        {
            LetterIndexBuilder.Build(work.FullName, letters.Select(l => new IndexedLetter(l.ContentHash, l.Disclosure)).ToList(), new IndexBuildInfo { CorpusFingerprint = "bench", BuiltAt = DateTimeOffset.UnixEpoch });
            using var index = LetterIndex.Open(work.FullName);
            // The code's first run (JIT) is timed by neither system: a throwaway engine answers every question once.
            var warm = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());
            questions.ForEach(q => warm.Answer(q));
            foreach (var (name, embedder) in new (string, ISentenceEmbedder?)[] { ("words only", null), ("MiniLM", model) })
            {
                var engine = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions(), embedder);
                foreach (var pass in new[] { "new vectors", "kept vectors" })
                {
                    var latencies = new Latencies();
                    foreach (var question in questions)
                    {
                        var started = Stopwatch.GetTimestamp();
                        engine.Answer(question);
                        latencies.Add(Stopwatch.GetElapsedTime(started));
                    }

                    text.AppendLine(CultureInfo.InvariantCulture, $"| ask, {name}, {pass}: p50 / p95 / max over {latencies.Count} questions (ms) | {latencies.Percentile(50):F1} / {latencies.Percentile(95):F1} / {latencies.Percentile(100):F1} |");
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return text.ToString();
    }
}
