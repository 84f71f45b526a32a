namespace FoiBot.Web;

/// <summary>Where the staff page listens and the limits it puts on callers. Section "Web".</summary>
public sealed record WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Semicolon-separated listen addresses; loopback only unless <see cref="AllowRemote"/>.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Whether the page may listen on an address other machines can reach.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The largest request body accepted; a pasted request is a few kilobytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Requests each client address may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; init; } = 120;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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

        if (MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            throw new ArgumentException("MaxRequestBodyBytes must be between 1 KiB and 16 MiB.", nameof(MaxRequestBodyBytes));
        }

        if (RateLimitPermits < 1 || RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("RateLimitPermits must be at least 1 and RateLimitWindow positive.", nameof(RateLimitPermits));
        }
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
