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

    [Fact]
    public async Task Search_WhileLettersAreAddedAndRefreshed_KeepsWorkingAndSeesTheAdditions()
    {
        const int Additions = 10;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var started = new CountdownEvent(3);
        var searchers = Enumerable.Range(0, 3).Select(_ => Task.Run(
            () =>
            {
                var rounds = 0;
                while (!stop.IsCancellationRequested)
                {
                    // The sample letters are never touched, so every view must return them unchanged.
                    Assert.Equal("police/wyp/FOI-1091-1718.pdf", _index.Index.FindLetter("FOI-1091-1718")?.Source);
                    Assert.NotEmpty(_index.Index.Search(new PassageQuery { Text = "facial recognition" }));
                    Assert.True(_index.Index.LetterCount >= SampleLetters.All.Count);
                    Assert.NotEmpty(_index.Index.Authorities);
                    if (rounds++ == 0)
                    {
                        started.Signal();
                    }
                }

                return rounds;
            },
            CancellationToken.None)).ToList();

        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        for (var i = 0; i < Additions; i++)
        {
            using (var writer = LetterIndexWriter.Open(_index.Path))
            {
                writer.Upsert([new IndexedLetter($"added-{i}", SampleLetters.LeedsToilets.Disclosure with { Source = $"added/{i}.txt", References = [$"ADD-{i}"] })]);
                writer.Commit(SampleLetters.BuildInfo);
            }

            _index.Index.Refresh();
            Assert.NotNull(_index.Index.FindLetter($"ADD-{i}"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.Equal(SampleLetters.All.Count + Additions, _index.Index.LetterCount);
    }

    private string Run(PassageQuery query) => Describe(_index.Index.Search(query));

    private static string Describe(IReadOnlyList<PassageHit> hits) =>
        string.Join(';', hits.Select(h => $"{h.LetterId}#{h.PairIndex}={h.Score:R}/{h.Letter.Source}"));

    public void Dispose() => _index.Dispose();
}
