using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting.Tests;

public sealed class HostStartTests
{
    [Theory]
    [InlineData("lots", "'Sample:Permits'")]
    [InlineData("0", "Sample:Permits: Permits must be at least 1.")]
    public async Task StartAsync_BadValue_FailsBeforeAnyServiceStartsNamingTheKey(string permits, string named)
    {
        var started = new StartRecorder();
        using var host = Build(new Dictionary<string, string?> { ["Sample:Permits"] = permits }, started);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Contains(named, Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.False(started.Started);
    }

    [Fact]
    public async Task StartAsync_GoodValue_ServicesGetTheBoundValue()
    {
        using var host = Build(new Dictionary<string, string?> { ["Sample:Permits"] = "3" }, new StartRecorder());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await host.StartAsync(timeout.Token);
        var options = host.Services.GetRequiredService<IOptions<SampleOptions>>().Value;
        await host.StopAsync(timeout.Token);

        Assert.Equal(3, options.Permits);
    }

    private static IHost Build(Dictionary<string, string?> overrides, StartRecorder started)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseFoiBotDefaults(new FoiBotHostSettings { ContentRoot = AppContext.BaseDirectory, Overrides = overrides, UserSecretsAssembly = null });
        builder.Services.AddOptionsSection(SampleOptions.Section);
        builder.Services.AddSingleton<IHostedService>(started);
        return builder.Build();
    }

    private sealed class StartRecorder : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
