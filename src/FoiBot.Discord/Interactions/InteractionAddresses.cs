using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FoiBot.Discord.Interactions;

/// <summary>Gives Kestrel Discord:InteractionsUrls, and only those, as its addresses before it starts (no URLS variable or Kestrel section adds one).</summary>
internal sealed class InteractionAddresses(IServer server, IOptions<DiscordOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        addresses.Clear();
        foreach (var url in options.Value.InteractionsUrlList)
        {
            addresses.Add(url);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
