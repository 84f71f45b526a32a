namespace FoiBot.Core.Authorities;

/// <summary>Finds authorities by the domains of email and web addresses, including any subdomain of a listed domain.</summary>
internal sealed class DomainIndex
{
    private readonly Dictionary<string, Authority> _byDomain = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string domain, Authority authority) => _byDomain.Add(domain, authority);

    /// <summary>The authority for an email address, a URL or a bare host, or null.</summary>
    public Authority? Lookup(string emailUrlOrHost) => LookupHost(HostOf(emailUrlOrHost.AsSpan().Trim()));

    /// <summary>Each host in <paramref name="text"/> that belongs to a listed domain, as a mention over the host.</summary>
    public IEnumerable<AuthorityMention> FindHosts(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsHostChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasDot = false;
            while (i < text.Length && IsHostChar(text[i]))
            {
                hasDot |= text[i] == '.';
                i++;
            }

            var end = i;
            while (start < end && text[start] is '.' or '-')
            {
                start++;
            }

            while (end > start && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (hasDot && LookupHost(text.AsSpan(start, end - start)) is { } authority)
            {
                yield return new AuthorityMention(authority, start, end - start, AuthorityMentionKind.Domain);
            }
        }
    }

    private Authority? LookupHost(ReadOnlySpan<char> host)
    {
        var lookup = _byDomain.GetAlternateLookup<ReadOnlySpan<char>>();
        while (host.Length > 0)
        {
            if (lookup.TryGetValue(host, out var authority))
            {
                return authority;
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            host = host[(dot + 1)..];
        }

        return null;
    }

    /// <summary>The host of "foi@barnet.gov.uk", "mailto:foi@barnet.gov.uk", "https://open.barnet.gov.uk:443/x" or "barnet.gov.uk.".</summary>
    private static ReadOnlySpan<char> HostOf(ReadOnlySpan<char> address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            address = address[(scheme + 3)..];
        }

        var path = address.IndexOfAny('/', '?', '#');
        if (path >= 0)
        {
            address = address[..path];
        }

        var at = address.LastIndexOf('@');
        if (at >= 0)
        {
            address = address[(at + 1)..];
        }

        var port = address.IndexOf(':');
        if (port >= 0)
        {
            address = address[..port];
        }

        return address.TrimEnd('.');
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
