using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;

namespace FoiBot.Hosting;

/// <summary>
/// Gives Kestrel a host's own listen addresses, and only those, as the host starts: after the settings are checked
/// (building the host never reads them) and before Kestrel listens. With its addresses given, Kestrel takes none from
/// a URLS or ASPNETCORE_URLS variable and reads no Kestrel section, so nothing else opens an endpoint.
/// </summary>
/// <param name="prepare">Anything else the server must be told before it listens (a request size limit).</param>
public sealed class ListenAddresses(IServer server, Func<IEnumerable<string>> urls, Action? prepare = null) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        prepare?.Invoke();
        var addresses = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        addresses.Clear();
        foreach (var url in urls())
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
