namespace FoiBot.Discord.Api;

/// <summary>A deferral's data: only the ephemeral flag is allowed there.</summary>
internal sealed record DeferDataDto(int Flags);
