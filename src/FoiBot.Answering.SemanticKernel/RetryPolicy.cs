using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// One model call with a time limit, tried again after a rate limit, a server error, a dropped connection or a
/// timeout, up to <see cref="LlmOptions.MaxRetries"/> times; waits follow Retry-After when the server sends one.
/// </summary>
internal sealed class RetryPolicy(LlmOptions options, TimeProvider time, ILogger logger)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = new CancellationTokenSource(options.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            TimeSpan delay;
            string reason;
            try
            {
                return await call(linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not ModelFailure)
            {
                var timedOut = timeout.IsCancellationRequested;
                reason = timedOut ? $"no reply within {options.Timeout.TotalSeconds:0.#} s" : Describe(ex);
                if (!(timedOut || IsTransient(ex)) || attempt >= options.MaxRetries)
                {
                    throw new ModelFailure(attempt == 0 ? reason : $"{reason}, after {attempt + 1} tries", ex);
                }

                delay = RetryAfter(ex) ?? options.RetryDelay * Math.Pow(2, attempt);
            }

            Log.Retrying(logger, reason, delay.TotalMilliseconds, attempt + 1);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(Exception ex) => Status(ex) switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => true,
        >= HttpStatusCode.InternalServerError => true,
        null => ex is HttpRequestException || ex.InnerException is HttpRequestException,
        _ => false,
    };

    private static HttpStatusCode? Status(Exception ex) => ex switch
    {
        HttpOperationException { StatusCode: { } code } => code,
        HttpRequestException { StatusCode: { } code } => code,
        ClientResultException { Status: > 0 } client => (HttpStatusCode)client.Status,
        _ => null,
    };

    private static string Describe(Exception ex) => Status(ex) is { } status
        ? $"the model's server answered {(int)status} {status}"
        : $"the model call failed ({ex.GetType().Name})";

    /// <summary>The server's Retry-After in seconds, never longer than one call may take.</summary>
    private TimeSpan? RetryAfter(Exception ex)
    {
        var response = (ex as ClientResultException ?? ex.InnerException as ClientResultException)?.GetRawResponse();
        if (response is null || !response.Headers.TryGetValue("Retry-After", out var value)
            || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
        {
            return null;
        }

        return TimeSpan.FromSeconds(Math.Min(seconds, options.Timeout.TotalSeconds));
    }
}
