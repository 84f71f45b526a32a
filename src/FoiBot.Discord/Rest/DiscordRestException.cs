using System.Net;

namespace FoiBot.Discord.Rest;

/// <summary>Discord refused a request: the HTTP status, Discord's error code (0 when none), and its message.</summary>
internal sealed class DiscordRestException(HttpStatusCode status, int code, string message)
    : Exception($"Discord answered {(int)status} ({code}): {message}")
{
    public HttpStatusCode Status { get; } = status;

    public int Code { get; } = code;
}
