namespace FoiBot.Discord.Api;

/// <summary>The data of a modal response (callback type 9): a title and rows of text inputs.</summary>
internal sealed record ModalDto(string CustomId, string Title, IReadOnlyList<ComponentDto> Components);
