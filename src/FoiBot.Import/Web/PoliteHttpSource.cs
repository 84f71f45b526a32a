using System.Net;
using System.Net.Http.Headers;

namespace FoiBot.Import.Web;

/// <summary>
/// Fetches pages the way a guest should: naming itself, asking robots.txt first, one request per interval, waiting as
/// told on 429 and 5xx, following redirects only on the same host, and abandoning a download past the size limit as
/// it streams (so a 1 GB file costs a buffer, not a gigabyte).
/// </summary>
public sealed class PoliteHttpSource : IPageSource, IDisposable
{
    private readonly HttpClient _client;
    private readonly ImportOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, RobotsRules> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public PoliteHttpSource(ImportOptions options, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _options = options;
        _time = time;
        // Redirects are followed here, one by one, so none leads to another host unseen.
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public async Task<Fetched> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        var at = address;
        for (var redirects = 0; ; redirects++)
        {
            if (!await AllowedAsync(at, cancellationToken).ConfigureAwait(false))
            {
                return Fetched.Failed(at, "robots.txt disallows it; not fetched");
            }

            var (fetched, location) = await GetOnceAsync(at, cancellationToken).ConfigureAwait(false);
            if (location is null)
            {
                return fetched!;
            }

            if (!string.Equals(location.Host, address.Host, StringComparison.OrdinalIgnoreCase) || location.Port != address.Port)
            {
                return Fetched.Failed(at, $"redirected to another host ({location.Authority}); not followed");
            }

            if (redirects >= _options.MaxRedirects)
            {
                return Fetched.Failed(address, $"more than {_options.MaxRedirects} redirects");
            }

            at = location;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _turn.Dispose();
    }

    /// <summary>The response, or where it redirects to; retried on 429, 5xx and no answer, as the site asks and the options allow.</summary>
    private async Task<(Fetched? Fetched, Uri? Location)> GetOnceAsync(Uri address, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? askedWait = null;
            string problem;
            await WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    return (null, new Uri(address, location));
                }

                if (response.IsSuccessStatusCode)
                {
                    return (await ReadAsync(address, response, timeout.Token).ConfigureAwait(false) with { Status = status }, null);
                }

                if (status != 429 && status < 500)
                {
                    return (Fetched.Failed(address, $"the site answered {status} {response.ReasonPhrase}") with { Status = status }, null);
                }

                problem = $"the site answered {status} {response.ReasonPhrase}";
                askedWait = RetryAfter(response.Headers.RetryAfter);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                problem = $"no answer ({ex.Message})";
            }

            if (attempt >= _options.MaxRetries)
            {
                return (Fetched.Failed(address, $"{problem}, {attempt + 1} times; given up"), null);
            }

            if (askedWait > _options.MaxRetryWait)
            {
                return (Fetched.Failed(address, $"{problem} and asked to wait {askedWait.Value.TotalSeconds:0} s, longer than Import:MaxRetryWait; given up"), null);
            }

            var backoff = askedWait ?? Min(TimeSpan.FromTicks(Math.Max(_options.RequestInterval.Ticks, TimeSpan.TicksPerSecond) << Math.Min(attempt, 10)), _options.MaxRetryWait);
            await Task.Delay(backoff, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Fetched> ReadAsync(Uri address, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.MaxDownloadBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return Fetched.Failed(address, $"{response.Content.Headers.ContentLength:N0} bytes, more than the {limit:N0}-byte limit (Import:MaxDownloadBytes); not downloaded");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return Fetched.Failed(address, $"larger than the {limit:N0}-byte limit (Import:MaxDownloadBytes); download abandoned");
            }

            body.Write(buffer, 0, read);
        }

        return new Fetched
        {
            Address = address,
            Body = body.ToArray(),
            MediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "",
        };
    }

    private async Task<bool> AllowedAsync(Uri address, CancellationToken cancellationToken)
    {
        var site = address.GetLeftPart(UriPartial.Authority);
        if (!_robots.TryGetValue(site, out var rules))
        {
            var (fetched, _) = await GetOnceAsync(new Uri(site + "/robots.txt"), cancellationToken).ConfigureAwait(false);
            rules = fetched switch
            {
                { Ok: true } => RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(fetched.Body), ImportOptions.ProductToken),
                // RFC 9309: a robots.txt that is not there (4xx) allows all; one the site cannot serve disallows all.
                { Status: >= 400 and < 500 } => RobotsRules.AllowAll,
                _ => RobotsRules.DisallowAll,
            };
            _robots[site] = rules;
        }

        return rules.Allows(address);
    }

    /// <summary>Waits until the interval since the last request has passed; requests never overlap.</summary>
    private async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = _next - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            _next = _time.GetUtcNow() + _options.RequestInterval;
        }
        finally
        {
            _turn.Release();
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Max(date - _time.GetUtcNow(), TimeSpan.Zero),
        _ => null,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
