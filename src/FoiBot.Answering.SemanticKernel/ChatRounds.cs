using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The talk with the model for one answer: FoiBot runs the functions the model asks for (search, letter look-up),
/// at most <see cref="LlmOptions.MaxToolRounds"/> times, and after that the model must answer with what it has.
/// </summary>
/// <remarks>Functions are run here rather than by SK's auto-invoke loop so the number of rounds is FoiBot's to bound.</remarks>
internal sealed class ChatRounds(IChatCompletionService chat, LlmOptions options, RetryPolicy retry, ILogger logger)
{
    /// <param name="onText">Receives the model's text as it streams; null for one non-streamed reply per round.</param>
    public async Task<string> RunAsync(ChatHistory history, Kernel kernel, Action<string>? onText, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var round = 0; ; round++)
        {
            var toolsAllowed = round < options.MaxToolRounds;
            var settings = new OpenAIPromptExecutionSettings
            {
                Temperature = options.Temperature,
                FunctionChoiceBehavior = toolsAllowed ? FunctionChoiceBehavior.Auto(autoInvoke: false) : FunctionChoiceBehavior.None(),
                ResponseFormat = options.Structured ? StructuredAnswer.Format : null,
            };

            // A structured answer is JSON until it is whole, so it is never streamed; its sentences are shown once checked.
            var reply = await retry.RunAsync(
                token => onText is null || options.Structured ? CallAsync(history, settings, kernel, token) : StreamAsync(history, settings, kernel, onText, token),
                cancellationToken).ConfigureAwait(false);
            text.Append(reply.Text);
            if (reply.Calls.Count == 0)
            {
                return text.ToString();
            }

            if (!toolsAllowed)
            {
                throw new ModelFailure("the model asked for more letters after its last allowed round");
            }

            history.Add(reply.Message);
            foreach (var call in reply.Calls)
            {
                history.Add((await InvokeAsync(call, kernel, cancellationToken).ConfigureAwait(false)).ToChatMessage());
            }
        }
    }

    private async Task<ModelReply> CallAsync(ChatHistory history, PromptExecutionSettings settings, Kernel kernel, CancellationToken cancellationToken)
    {
        var message = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken).ConfigureAwait(false);
        return new ModelReply(message.Content ?? "", FunctionCallContent.GetFunctionCalls(message).ToList(), message);
    }

    private async Task<ModelReply> StreamAsync(ChatHistory history, PromptExecutionSettings settings, Kernel kernel, Action<string> onText, CancellationToken cancellationToken)
    {
        var calls = new FunctionCallContentBuilder();
        var text = new StringBuilder();
        try
        {
            await foreach (var update in chat.GetStreamingChatMessageContentsAsync(history, settings, kernel, cancellationToken).ConfigureAwait(false))
            {
                calls.Append(update);
                if (!string.IsNullOrEmpty(update.Content))
                {
                    text.Append(update.Content);
                    onText(update.Content);
                }
            }
        }
        catch (Exception ex) when (text.Length > 0 && !cancellationToken.IsCancellationRequested)
        {
            // Text already shown cannot be taken back by a retry.
            throw new ModelFailure("the model's stream broke off", ex);
        }

        var message = new ChatMessageContent(AuthorRole.Assistant, text.ToString());
        var built = calls.Build();
        foreach (var call in built)
        {
            message.Items.Add(call);
        }

        return new ModelReply(text.ToString(), built.ToList(), message);
    }

    /// <summary>A function that cannot run (unknown name, bad arguments) is reported to the model, which may try again.</summary>
    private async Task<FunctionResultContent> InvokeAsync(FunctionCallContent call, Kernel kernel, CancellationToken cancellationToken)
    {
        Log.ToolCalled(logger, call.FunctionName, string.Join(", ", call.Arguments?.Select(a => $"{a.Key}={a.Value}") ?? []));
        try
        {
            return call.Exception is null
                ? await call.InvokeAsync(kernel, cancellationToken).ConfigureAwait(false)
                : new FunctionResultContent(call, $"error: the arguments could not be read ({call.Exception.Message})");
        }
        catch (Exception ex) when (ex is KernelException or ArgumentException or InvalidOperationException)
        {
            return new FunctionResultContent(call, $"error: {ex.Message}");
        }
    }
}
