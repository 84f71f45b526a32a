using FoiBot.Ingestion.Loading;

namespace FoiBot.Ingestion.Tests.Loading;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void Run_TwentyThousandItemsOfUnevenCost_YieldsEachInOrderAndHoldsNoMoreThanTheWindow()
    {
        var peak = 0;
        var taken = 0;
        var handedBack = 0;
        var maxAhead = 0;

        // Uneven work lets later items finish before earlier ones, which the pipeline must hold back in order.
        var results = OrderedPipeline<int>.Run(
            20_000,
            degree: 4,
            window: 64,
            (i, _) =>
            {
                var ahead = Interlocked.Increment(ref taken) - Volatile.Read(ref handedBack);
                InterlockedMax(ref maxAhead, ahead);
                if (i % 97 == 0)
                {
                    Thread.SpinWait(20_000);
                }

                return i;
            },
            p => peak = p,
            CancellationToken.None);

        var expected = 0;
        foreach (var item in results)
        {
            Assert.Equal(expected++, item);
            Interlocked.Increment(ref handedBack);
        }

        Assert.Equal(20_000, expected);
        Assert.InRange(peak, 2, 64);
        Assert.InRange(maxAhead, 2, 64 + 1);
    }

    [Fact]
    public void Run_WorkThrowsUnexpectedly_TheConsumerSeesItAtThatItem()
    {
        var results = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in OrderedPipeline<int>.Run(100, 3, 8, (i, _) => i == 40 ? throw new InvalidOperationException("boom") : i, null, CancellationToken.None))
            {
                results.Add(item);
            }
        });

        Assert.Equal("boom", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), results);
    }

    [Fact]
    public void Run_NoItems_YieldsNothing()
    {
        Assert.Empty(OrderedPipeline<int>.Run(0, 2, 4, (i, _) => i, null, CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }
}
