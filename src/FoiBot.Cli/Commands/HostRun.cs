using System.Runtime.ExceptionServices;
using FoiBot.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FoiBot.Cli.Commands;

/// <summary>What the host-running commands share: their switches as configuration, and running a host until Ctrl+C.</summary>
internal static class HostRun
{
    /// <summary>
    /// The command's configuration overrides, with --index and --corpus as FoiBot:IndexPath and FoiBot:CorpusPaths
    /// (absolute, so the host reads them as the command meant them).
    /// </summary>
    /// <exception cref="IndexRootsMismatchException">--corpus names other folders than the index records; as for the reading commands, that is an error saying how to rebuild.</exception>
    public static Dictionary<string, string?> Overrides(CommandContext context, string? index, IReadOnlyList<string>? corpus)
    {
        var overrides = new Dictionary<string, string?>(context.Environment.Overrides)
        {
            // The command says why a host could not start or stopped, in one line; the host's own account adds a stack trace.
            ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "None",
        };
        if (index is not null)
        {
            overrides[$"{FoiBotOptions.SectionName}:{nameof(FoiBotOptions.IndexPath)}"] = context.Environment.Resolve(index);
        }

        if (corpus is { Count: > 0 })
        {
            _ = context.ReadingRoots(index, corpus);
            var named = corpus.Select(context.Environment.Resolve).ToList();

            // Configuration merges lists by position, so entries past the named folders repeat the first (read once) rather than keep configured ones.
            for (var i = 0; i < Math.Max(named.Count, context.Settings.FoiBot.CorpusPaths.Count); i++)
            {
                overrides[$"{FoiBotOptions.SectionName}:{nameof(FoiBotOptions.CorpusPaths)}:{i}"] = named[i < named.Count ? i : 0];
            }
        }

        return overrides;
    }

    /// <summary>
    /// Starts <paramref name="host"/>, says on stderr how its index was brought up to date, runs <paramref name="started"/>,
    /// and waits until <paramref name="cancellationToken"/> (Ctrl+C) or the host itself stops it. A background service
    /// that failed, and so stopped the host, has its failure thrown here.
    /// </summary>
    public static async Task<int> RunAsync(CommandContext context, IHost host, Func<IHost, Task> started, CancellationToken cancellationToken)
    {
        try
        {
            await using var stop = cancellationToken.Register(host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication);
            await host.StartAsync(cancellationToken);
            context.Report(host.Services.GetRequiredService<OpenedIndex>());
            await started(host);
            await host.WaitForShutdownAsync(CancellationToken.None);
            foreach (var service in host.Services.GetServices<IHostedService>().OfType<BackgroundService>())
            {
                if (service.ExecuteTask is { IsFaulted: true, Exception.InnerException: { } failure })
                {
                    ExceptionDispatchInfo.Throw(failure);
                }
            }

            return ExitCodes.Success;
        }
        finally
        {
            if (host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }
}
