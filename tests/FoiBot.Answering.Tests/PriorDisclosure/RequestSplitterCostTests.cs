using System.Diagnostics;
using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Answering.Tests.PriorDisclosure;

/// <summary>A 20,000-character paste (the page's limit) built to make a splitter backtrack is split as fast as any other.</summary>
public sealed class RequestSplitterCostTests
{
    private const int Length = 20_000;

    [Theory]
    [InlineData("a 1. ")]
    [InlineData("x. a) ")]
    [InlineData("(salaries)- A")]
    [InlineData(" ")]
    [InlineData("cctv ")]
    [InlineData("1.\n")]
    [InlineData("\n")]
    public void Split_LongPasteOfOnePattern_TakesWellUnderASecond(string pattern)
    {
        var request = (pattern == "(salaries)- A" ? "Specifically, I request:- " : "") + string.Concat(Enumerable.Repeat(pattern, Length / pattern.Length)) + "?";
        RequestSplitter.Split("1. warm up?");

        var clock = Stopwatch.StartNew();
        RequestSplitter.Split(request);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed.TotalMilliseconds:0} ms for {request.Length} characters of '{pattern}'");
    }
}
