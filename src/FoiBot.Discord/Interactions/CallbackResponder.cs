using FoiBot.Discord.Api;
using FoiBot.Discord.Rest;

namespace FoiBot.Discord.Interactions;

/// <summary>Responds with POST /interactions/{id}/{token}/callback, as gateway interactions require.</summary>
internal sealed class CallbackResponder(DiscordRestClient rest) : IInteractionResponder
{
    public Task RespondAsync(InteractionDto interaction, InteractionResponseDto response, CancellationToken cancellationToken) =>
        rest.RespondAsync(interaction, response, cancellationToken);
}
