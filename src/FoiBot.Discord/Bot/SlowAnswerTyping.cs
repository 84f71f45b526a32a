using FoiBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Bot;

/// <summary>
/// Shows "FoiBot is typing…" only while an answer is taking longer than <paramref name="after"/>: a quick answer
/// costs no request, and under a burst that halves what the channel's rate limit has to carry.
/// </summary>
internal sealed class SlowAnswerTyping(DiscordRestClient rest, TimeSpan after, TimeProvider time, ILogger logger)
{
    public async Task<T> RunAsync<T>(string channelId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var answering = work(cancellationToken);
        if (!answering.IsCompleted)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var slow = Task.Delay(after, time, waiting.Token);
            if (await Task.WhenAny(answering, slow).ConfigureAwait(false) == slow && !answering.IsCompleted)
            {
                await TypingAsync(channelId, cancellationToken).ConfigureAwait(false);
            }

            await waiting.CancelAsync().ConfigureAwait(false);
        }

        return await answering.ConfigureAwait(false);
    }

    /// <summary>The typing indicator is a courtesy: a channel that forbids it must not stop the answer.</summary>
    private async Task TypingAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or TimeoutException)
        {
            Log.TypingFailed(logger, ex.Message);
        }
    }
}
