using FoiBot.Hosting;
using FoiBot.Search;
using FoiBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FoiBot.Indexing.Tests;

/// <summary>The index as a host registers it (AddFoiBotIndexing): opened once at start, followed while the host runs, let go when it stops.</summary>
public sealed class IndexingHostTests : IDisposable
{
    private const string MorayToilets = "moray-101000148084.txt";
    private const string MorayToiletsRef = "101000148084";

    private readonly Workspace _workspace = new(devLetters: false);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Host_StartedFromConfiguration_OpensTheIndexAndFollowsTheCorpus()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var host = Build([]);

        await host.StartAsync(timeout.Token);
        var index = host.Services.GetRequiredService<LetterIndex>();
        var opened = host.Services.GetRequiredService<OpenedIndex>();
        File.Copy(Path.Combine(RepoPaths.Dev, MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));

        Assert.Equal(5, opened.Built?.Letters);
        Assert.Same(opened.Index, index);
        Assert.Equal("ok", host.Services.GetRequiredService<IndexHealth>().Status);
        Assert.True(await Poll.UntilAsync(() => index.FindLetter(MorayToiletsRef) is not null), "the running host never followed the letter dropped in");
        await host.StopAsync(timeout.Token);
    }

    [Fact]
    public async Task StopAsync_ChangeStillPending_StopsTheFollowerAndLetsTheIndexGo()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var log = new ListLogger();
        var host = Build([], log);
        await host.StartAsync(timeout.Token);
        File.Copy(Path.Combine(RepoPaths.Dev, MorayToilets), _workspace.Combine("corpus", "seeds", MorayToilets));

        await host.StopAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(20), timeout.Token);
        host.Dispose();
        var store = new IndexStore(new(), Core.Authorities.AuthorityCatalog.Default, _workspace.Root, TimeProvider.System, NullLogger.Instance);
        var update = store.TryUpdate(IndexPath, store.Scan([_workspace.Corpus]), [_workspace.Corpus]);

        // Whether the follower took the letter before it stopped or not, it holds nothing now, and said nothing was wrong.
        Assert.Equal(6, update?.Letters);
        Assert.DoesNotContain(log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Corpus:MaxFileBytes", "0", "Corpus:MaxFileBytes: MaxFileBytes must be greater than 0")]
    [InlineData("FoiBot:WatchCorpus", "sometimes", "'FoiBot:WatchCorpus'")]
    public async Task Host_BadSetting_FailsAtStartNamingTheKeyBeforeBuildingAnIndex(string key, string value, string named)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var host = Build(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Contains(named, Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.False(Directory.Exists(IndexPath), "the index was built before the settings were checked");
    }

    private string IndexPath => _workspace.Combine(".foibot", "index");

    private IHost Build(Dictionary<string, string?> overrides, ListLogger? log = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _workspace.Root });
        builder.UseFoiBotDefaults(new FoiBotHostSettings { ContentRoot = _workspace.Root, Overrides = overrides, UserSecretsAssembly = null });
        builder.Services.AddFoiBotIndexing();
        if (log is not null)
        {
            builder.Logging.AddProvider(log);
        }

        return builder.Build();
    }
}
