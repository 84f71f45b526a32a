using FoiBot.Discord.Api;

namespace FoiBot.Discord.Interactions;

/// <summary>Sends an interaction's first response: a callback POST for gateway interactions, the HTTP reply for HTTP ones.</summary>
internal interface IInteractionResponder
{
    Task RespondAsync(InteractionDto interaction, InteractionResponseDto response, CancellationToken cancellationToken);
}
