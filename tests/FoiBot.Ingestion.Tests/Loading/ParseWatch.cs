using System.Collections.Concurrent;
using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Loading;

/// <summary>
/// Wraps a parse function to see the loader's workers at it: how many parses began, how many are under way, and on
/// which threads. Lets a test show that no worker outlives a stream without sleeping and hoping nothing happens.
/// </summary>
public sealed class ParseWatch(Func<string, string, LetterHints?, Disclosure> parse)
{
    private readonly ConcurrentDictionary<Thread, byte> _threads = new();
    private int _started;
    private int _inProgress;

    public int Started => Volatile.Read(ref _started);

    public int InProgress => Volatile.Read(ref _inProgress);

    public Disclosure Parse(string text, string source, LetterHints? hints)
    {
        _threads.TryAdd(Thread.CurrentThread, 0);
        Interlocked.Increment(ref _started);
        Interlocked.Increment(ref _inProgress);
        try
        {
            return parse(text, source, hints);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }

    /// <summary>
    /// Waits for every thread that parsed to end; after that nothing more can be parsed, so a count taken then is
    /// final. The loader's workers are threads of their own that the stream waits for before it returns, so this
    /// returns at once unless one outlived the stream; the long patience only bounds a failing run.
    /// </summary>
    public void AssertWorkersEnded()
    {
        foreach (var thread in _threads.Keys)
        {
            Assert.True(thread.Join(TimeSpan.FromSeconds(20)), $"worker thread {thread.ManagedThreadId} was still running 20 s after the stream ended");
        }
    }
}
