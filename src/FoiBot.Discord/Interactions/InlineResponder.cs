using FoiBot.Discord.Api;

namespace FoiBot.Discord.Interactions;

/// <summary>Hands the first response back to the HTTP request that carried the interaction, to be sent as its 200 body.</summary>
internal sealed class InlineResponder : IInteractionResponder
{
    private readonly TaskCompletionSource<InteractionResponseDto> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<InteractionResponseDto> Response => _response.Task;

    public Task RespondAsync(InteractionDto interaction, InteractionResponseDto response, CancellationToken cancellationToken)
    {
        return _response.TrySetResult(response)
            ? Task.CompletedTask
            : throw new InvalidOperationException("This interaction has already been answered.");
    }
}
