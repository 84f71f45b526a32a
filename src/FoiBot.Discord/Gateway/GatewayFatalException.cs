namespace FoiBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix; the message says what to change.</summary>
public sealed class GatewayFatalException(int closeCode, string message) : Exception(message)
{
    public int CloseCode { get; } = closeCode;
}
