namespace FoiBot.Discord.Api;

/// <summary>Discord's interaction types; values not listed here are ignored politely.</summary>
internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
