using System.Text;
using FoiBot.Import;
using FoiBot.Import.Web;
using Microsoft.AspNetCore.Http;

namespace FoiBot.Cli.Tests.Import;

/// <summary>The importers' web client waits as a site asks, on a clock the test moves: between requests, and on 429/503 for Retry-After.</summary>
public sealed class PoliteHttpSourceTests
{
    [Fact]
    public async Task GetAsync_ServiceUnavailableWithRetryAfter_WaitsExactlyThatLongThenFetches()
    {
        await using var site = await FakeSite.StartAsync();
        var calls = 0;
        site.Serve("/page", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "30";
                return;
            }

            await context.Response.WriteAsync("ok");
        });
        var time = new RecordingTime();
        using var source = new PoliteHttpSource(new ImportOptions { RequestInterval = TimeSpan.Zero }, time);

        var fetch = source.GetAsync(new Uri(site.Address, "/page"), CancellationToken.None);
        Assert.True(await Poll.UntilAsync(() => time.Waits.Contains(TimeSpan.FromSeconds(30))), "never waited the 30 s asked");
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, site.Count("/page"));
        time.Advance(TimeSpan.FromSeconds(1));
        var fetched = await fetch.WaitAsync(Poll.DefaultPatience);

        Assert.True(fetched.Ok, fetched.Problem);
        Assert.Equal("ok", Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal(2, site.Count("/page"));
    }

    [Fact]
    public async Task GetAsync_RetryAfterLongerThanTheCap_GivesUpWithoutRetryingEarly()
    {
        await using var site = await FakeSite.StartAsync();
        site.Serve("/page", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        using var source = new PoliteHttpSource(new ImportOptions { RequestInterval = TimeSpan.Zero }, new RecordingTime());

        var fetched = await source.GetAsync(new Uri(site.Address, "/page"), CancellationToken.None);

        Assert.Equal($"{site.Address}page: the site answered 429 Too Many Requests and asked to wait 3600 s, longer than Import:MaxRetryWait; given up", fetched.Problem);
        Assert.Equal(1, site.Count("/page"));
    }

    [Fact]
    public async Task GetAsync_TwoPages_TheSecondWaitsTheRequestInterval()
    {
        await using var site = await FakeSite.StartAsync();
        site.Serve("/robots.txt", "text/plain", Encoding.UTF8.GetBytes("User-agent: *\nDisallow:\n"))
            .Serve("/a", "text/html", Encoding.UTF8.GetBytes("a"))
            .Serve("/b", "text/html", Encoding.UTF8.GetBytes("b"));
        var time = new RecordingTime();
        using var source = new PoliteHttpSource(new ImportOptions(), time);

        var first = source.GetAsync(new Uri(site.Address, "/a"), CancellationToken.None);
        Assert.True(await Poll.UntilAsync(() => time.Waits.Count == 1), "the page after robots.txt did not wait its turn");
        Assert.Equal(TimeSpan.FromSeconds(1), time.Waits[0]);
        Assert.Equal(["/robots.txt"], site.Requested);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await first.WaitAsync(Poll.DefaultPatience)).Ok);

        var second = source.GetAsync(new Uri(site.Address, "/b"), CancellationToken.None);
        Assert.True(await Poll.UntilAsync(() => time.Waits.Count == 2), "the second page did not wait its turn");
        Assert.Equal(["/robots.txt", "/a"], site.Requested);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await second.WaitAsync(Poll.DefaultPatience)).Ok);
        Assert.Equal(["/robots.txt", "/a", "/b"], site.Requested);
    }
}
