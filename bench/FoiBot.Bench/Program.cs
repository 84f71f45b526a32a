using FoiBot.Bench;

// Side-by-side benchmark of FoiBot and the SQLite FTS5 peer over the same letters, in one run.
// Usage: dotnet run -c Release --project bench/FoiBot.Bench -- [--corpus DIR] [--copies N] [--iterations N]
var options = BenchOptions.Parse(args);
var report = new BenchRunner(options).Run();
Console.WriteLine(report);
