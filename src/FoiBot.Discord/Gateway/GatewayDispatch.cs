using System.Text.Json;

namespace FoiBot.Discord.Gateway;

/// <summary>One Dispatch event: its name, sequence number and payload.</summary>
internal sealed record GatewayDispatch(string Name, int? Sequence, JsonElement Data);
