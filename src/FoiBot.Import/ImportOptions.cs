namespace FoiBot.Import;

/// <summary>How the importers behave towards someone else's server: who they say they are, how fast and how much they fetch.</summary>
public sealed record ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>An address or web page where the site's operators can reach whoever runs this import; sent in the User-Agent.</summary>
    public string Contact { get; init; } = "";

    /// <summary>The Alaveteli site `import whatdotheyknow` reads when --base-url is not given.</summary>
    public string WhatDoTheyKnowUrl { get; init; } = "https://www.whatdotheyknow.com";

    /// <summary>The least time between two requests to a site, retries included.</summary>
    public TimeSpan RequestInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a request answered 429 or 5xx (or not answered) is tried again before it is reported.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The longest wait before a retry; a site asking (Retry-After) for longer is left alone and the request reported.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one request may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most one download may hold; a larger one is abandoned as it streams. The corpus reads files up to 16 MiB.</summary>
    public long MaxDownloadBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How many redirects (on the same host) one request may follow.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>How many pages of an authority's request list are read at most.</summary>
    public int MaxListPages { get; init; } = 200;

    /// <summary>The User-Agent header: the product name first, so a robots.txt group for "FoiBot" applies.</summary>
    public string UserAgent => Contact.Length == 0 ? $"{ProductToken}/1.0 (FOI letter importer)" : $"{ProductToken}/1.0 (FOI letter importer; +{Contact})";

    /// <summary>The name robots.txt groups are matched against.</summary>
    public const string ProductToken = "FoiBot";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first property that cannot work.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(WhatDoTheyKnowUrl, UriKind.Absolute, out var site) || (site.Scheme != Uri.UriSchemeHttps && site.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{WhatDoTheyKnowUrl}' is not an http(s) address.", nameof(WhatDoTheyKnowUrl));
        }

        if (Contact.Any(char.IsControl))
        {
            throw new ArgumentException("The contact must be one line of text.", nameof(Contact));
        }

        if (RequestInterval < TimeSpan.Zero)
        {
            throw new ArgumentException("The interval cannot be negative.", nameof(RequestInterval));
        }

        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException("Between 0 and 20 retries.", nameof(MaxRetries));
        }

        if (MaxRetryWait < TimeSpan.Zero)
        {
            throw new ArgumentException("The wait cannot be negative.", nameof(MaxRetryWait));
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(Timeout));
        }

        if (MaxDownloadBytes <= 0)
        {
            throw new ArgumentException("The download limit must be positive.", nameof(MaxDownloadBytes));
        }

        if (MaxRedirects is < 0 or > 20)
        {
            throw new ArgumentException("Between 0 and 20 redirects.", nameof(MaxRedirects));
        }

        if (MaxListPages <= 0)
        {
            throw new ArgumentException("At least one page.", nameof(MaxListPages));
        }
    }
}
