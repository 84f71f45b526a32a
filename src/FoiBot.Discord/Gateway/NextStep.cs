namespace FoiBot.Discord.Gateway;

/// <summary>What to do after a connection ends.</summary>
internal enum NextStep
{
    /// <summary>Reconnect to the resume URL and send Resume with the last sequence.</summary>
    Resume,

    /// <summary>Forget the session, reconnect to the /gateway/bot URL and Identify.</summary>
    Identify,

    /// <summary>Stop: reconnecting cannot help (bad token, bad shard, disallowed intents).</summary>
    Fatal,
}
