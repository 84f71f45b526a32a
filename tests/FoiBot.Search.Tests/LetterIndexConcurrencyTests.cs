namespace FoiBot.Search.Tests;

public sealed class LetterIndexConcurrencyTests : IDisposable
{
    private const int Threads = 8;
    private const int RoundsPerThread = 25;

    private static readonly PassageQuery[] s_queries =
    [
        new() { Text = "facial recognition" },
        new() { Text = "face recognition cameras", Authority = "Police Scotland" },
        new() { Text = "chest cameras" },
        new() { Text = "FOI-1091-1718" },
        new() { Text = "how many loos?" },
        new() { Text = "deployments arrests", References = ["5576276"] },
    ];

    private readonly TestIndex _index = new();

    [Fact]
    public async Task Search_FromEightThreadsAtOnce_MatchesSerialResults()
    {
        // Serial answers come from a second instance, so the shared one starts with an empty letter cache.
        List<string> serial;
        using (var alone = LetterIndex.Open(_index.Path))
        {
            serial = [.. s_queries.Select(q => Describe(alone.Search(q)))];
        }

        using var start = new Barrier(Threads);

        var results = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return Enumerable.Range(0, RoundsPerThread).SelectMany(_ => s_queries.Select(Run)).ToList();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(results, perThread => Assert.Equal(Enumerable.Repeat(serial, RoundsPerThread).SelectMany(r => r), perThread));
    }

    [Fact]
    public async Task FindLetterAndAuthorities_FromEightThreadsAtOnce_AgreeWithSerial()
    {
        using var start = new Barrier(Threads);

        var results = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return (_index.Index.FindLetter("5576276")?.Source, _index.Index.Authorities.Count, _index.Index.InverseDocumentFrequency("camera"));
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(results, r => Assert.Equal(("councils/leeds/5576276.txt", 3, _index.Index.InverseDocumentFrequency("camera")), r));
    }

    private string Run(PassageQuery query) => Describe(_index.Index.Search(query));

    private static string Describe(IReadOnlyList<PassageHit> hits) =>
        string.Join(';', hits.Select(h => $"{h.LetterId}#{h.PairIndex}={h.Score:R}/{h.Letter.Source}"));

    public void Dispose() => _index.Dispose();
}
