namespace FoiBot.Discord.Gateway;

/// <summary>How one connection ended: what to do next, the close code if any, and whether it got as far as a session.</summary>
internal sealed record ConnectionEnd(NextStep Next, int? CloseCode, string Reason, bool Established);
