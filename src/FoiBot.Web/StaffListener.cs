using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FoiBot.Web;

/// <summary>
/// Gives Kestrel Web:Urls, and only those, and the request size limit, as the host starts: after the settings are
/// checked (building the host never reads them), and before Kestrel listens. With its addresses given, Kestrel takes
/// none from a URLS or ASPNETCORE_URLS variable, and no Kestrel section is read, so nothing else opens an endpoint
/// other machines reach.
/// </summary>
internal sealed class StaffListener(IServer server, IOptions<KestrelServerOptions> kestrel, IOptions<WebOptions> options) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        kestrel.Value.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        var addresses = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        addresses.Clear();
        foreach (var url in options.Value.UrlList)
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
