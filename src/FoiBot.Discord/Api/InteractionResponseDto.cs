namespace FoiBot.Discord.Api;

/// <summary>The first reply to an interaction. <see cref="Data"/> is a message, autocomplete choices, or nothing.</summary>
internal sealed record InteractionResponseDto(InteractionCallbackType Type, object? Data = null);
