using System.Net;
using System.Text;

namespace FoiBot.Web;

/// <summary>Where the staff page listens, who may use it, and the limits it puts on callers. Section "Web".</summary>
public sealed record WebOptions
{
    public const string SectionName = "Web";

    /// <summary>The shortest API key accepted: a guessable key is no access control.</summary>
    public const int MinApiKeyLength = 24;

    /// <summary>Semicolon-separated listen addresses; loopback only unless <see cref="AllowRemote"/>.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Whether the page may listen on an address other machines can reach.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The largest request body accepted; a pasted request is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Requests each client address may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; init; } = 120;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Semicolon-separated keys a caller of /api must present ("Authorization: Bearer KEY" or "X-Api-Key: KEY"); none
    /// by default. A secret: set it in the Web__ApiKeys environment variable or a user secret, never appsettings.json.
    /// </summary>
    public string ApiKeys { get; init; } = "";

    /// <summary>
    /// Semicolon-separated addresses of the reverse proxy that authenticates staff in front of the page (trusted-proxy
    /// mode): connections from anywhere else are refused, and the client address the proxy forwards is the one rate-limited.
    /// </summary>
    public string TrustedProxies { get; init; } = "";

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> ApiKeyList => ApiKeys.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<IPAddress> TrustedProxyList =>
        TrustedProxies.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => IPAddress.TryParse(a, out var ip) ? ip : IPAddress.None).ToList();

    public void Validate()
    {
        if (UrlList.Count == 0 || UrlList.Any(u => Parse(u)?.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Urls must list http:// addresses, separated by ';'.", nameof(Urls));
        }

        if (!AllowRemote && UrlList.FirstOrDefault(u => !IsLoopback(u)) is { } remote)
        {
            throw new ArgumentException($"{remote} is reachable from other machines; use 127.0.0.1 or localhost, or set Web:AllowRemote (--allow-remote).", nameof(Urls));
        }

        if (ApiKeyList.Any(k => k.Length < MinApiKeyLength))
        {
            throw new ArgumentException($"Every API key must be at least {MinApiKeyLength} characters (a random one: openssl rand -base64 32).", nameof(ApiKeys));
        }

        if (TrustedProxyList.Contains(IPAddress.None))
        {
            throw new ArgumentException("TrustedProxies must list IP addresses, separated by ';'.", nameof(TrustedProxies));
        }

        if (AllowRemote && ApiKeyList.Count == 0 && TrustedProxyList.Count == 0)
        {
            throw new ArgumentException(
                "Serving other machines needs an access control: set API keys in the Web__ApiKeys environment variable or a user secret (Web:ApiKeys), or name the authenticating reverse proxy in Web:TrustedProxies.",
                nameof(AllowRemote));
        }

        if (MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            throw new ArgumentException("MaxRequestBodyBytes must be between 1 KiB and 16 MiB.", nameof(MaxRequestBodyBytes));
        }

        if (RateLimitPermits < 1 || RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("RateLimitPermits must be at least 1 and RateLimitWindow positive.", nameof(RateLimitPermits));
        }
    }

    // A record prints every property; the keys never reach a log or an error message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Urls = {Urls}, AllowRemote = {AllowRemote}, ApiKeys = ({ApiKeyList.Count} set), TrustedProxies = {TrustedProxies}, ");
        builder.Append($"MaxRequestBodyBytes = {MaxRequestBodyBytes}, RateLimitPermits = {RateLimitPermits}, RateLimitWindow = {RateLimitWindow}");
        return true;
    }

    public static bool IsLoopback(string url)
    {
        var uri = Parse(url);
        return uri is not null
            && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)));
    }

    // Kestrel's "any address" hosts ("http://*:80", "http://+:80") are not valid URI hosts.
    private static Uri? Parse(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null;
}
