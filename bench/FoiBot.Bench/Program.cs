using FoiBot.Bench;
using FoiBot.Bench.Micro;
using FoiBot.Bench.Scale;

// FoiBot's benchmarks, each side by side with the SQLite FTS5 peer over the same letters, in one run:
//   scale    [--sizes 10k,100k,1m] [--work DIR] [--readme README.md] ...  synthetic corpora, end to end, table and plot
//   generate --letters N --out DIR [--seed S]                              write a synthetic corpus
//   report   [RESULTS-DIR] [README]                                         re-render the table and plot from saved results
//   micro    [BenchmarkDotNet arguments]                                    parse, search and ask micro-benchmarks
//   corpus   [--corpus DIR] [--copies N] [--iterations N]                   the real letters copied N times (the default)
//   embeddings [--corpus DIR] [--questions FILE]                            what the sentence-embedding model costs (build with -p:FoiBotEmbeddings=true)
//   query    ...                                                            one system's query process (started by scale)
try
{
    var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "corpus";
    var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
    switch (command)
    {
        case "scale":
            new ScaleRunner(ScaleOptions.Parse(rest), Console.Out).Run();
            break;
        case "query":
            QueryCommand.Run(QueryOptions.Parse(rest));
            break;
        case "generate":
            GenerateCommand.Run(rest, Console.Out);
            break;
        case "report":
            Console.WriteLine(ScaleReport.Write(Path.GetFullPath(rest.Length > 0 ? rest[0] : Path.Combine("docs", "bench")), rest.Length > 1 ? Path.GetFullPath(rest[1]) : null));
            break;
        case "micro":
            MicroBenchmarks.Run(rest);
            break;
        case "embeddings":
            Console.WriteLine(EmbeddingCost.Run(rest));
            break;
        case "corpus":
            Console.WriteLine(new BenchRunner(BenchOptions.Parse(rest)).Run());
            break;
        default:
            throw new ArgumentException($"unknown command {command}: use scale, generate, micro, embeddings or corpus");
    }

    return 0;
}
catch (Exception ex) when (ex is ArgumentException or InvalidDataException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"foibot-bench: {ex.Message}");
    return 1;
}
