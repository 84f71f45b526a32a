using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FoiBot.Web;

/// <summary>
/// Who may use the staff page. With trusted proxies, only they may connect (they authenticate staff) and the client
/// address they forward is used; with API keys, every /api call must present one. Loopback-only with neither stays
/// open, as a desk install is reached only from its own machine. Keys are compared in constant time and never logged.
/// The settings are read when the host starts, after they are checked, not when the pipeline is written.
/// </summary>
internal sealed class AccessControl
{
    private readonly IReadOnlyList<IPAddress> _proxies;
    private readonly List<byte[]> _keys;

    private AccessControl(WebOptions options)
    {
        _proxies = options.TrustedProxyList;
        _keys = options.ApiKeyList.Select(Digest).ToList();
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new AccessControl(sp.GetRequiredService<IOptions<WebOptions>>().Value));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            var proxies = web.Value.TrustedProxyList;
            forwarded.ForwardedHeaders = proxies.Count > 0 ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
            forwarded.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                forwarded.KnownProxies.Add(proxy);
            }
        });
    }

    public static WebApplication Use(WebApplication app)
    {
        app.Use((http, next) => http.RequestServices.GetRequiredService<AccessControl>().FromProxy(http) ? next(http)
            : Refuse(http, StatusCodes.Status403Forbidden, "Not through the proxy", "This page is served only through its authenticating proxy."));
        app.UseForwardedHeaders();
        app.Use((http, next) => http.RequestServices.GetRequiredService<AccessControl>().HasKey(http) ? next(http) : Unauthorized(http));
        return app;
    }

    private bool FromProxy(HttpContext http) =>
        _proxies.Count == 0
        || (http.Connection.RemoteIpAddress is { } from && _proxies.Contains(from.IsIPv4MappedToIPv6 ? from.MapToIPv4() : from));

    private bool HasKey(HttpContext http)
    {
        if (_keys.Count == 0 || !http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var given = http.Request.Headers["X-Api-Key"].ToString();
        var authorization = http.Request.Headers.Authorization.ToString();
        if (given.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }

        if (given.Length == 0)
        {
            return false;
        }

        // Digests have one length, so the comparison's time tells nothing of the key; every key is compared.
        var digest = Digest(given);
        var match = false;
        foreach (var key in _keys)
        {
            match |= CryptographicOperations.FixedTimeEquals(digest, key);
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static Task Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Refuse(http, StatusCodes.Status401Unauthorized, "API key needed", "Give the staff page's API key as 'Authorization: Bearer KEY'.");
    }

    private static Task Refuse(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
