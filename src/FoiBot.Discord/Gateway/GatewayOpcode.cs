namespace FoiBot.Discord.Gateway;

/// <summary>Gateway v10 opcodes. Unknown values are logged and ignored, never fatal.</summary>
internal enum GatewayOpcode
{
    /// <summary>Receive: an event; <c>t</c> names it and <c>s</c> is its sequence number.</summary>
    Dispatch = 0,

    /// <summary>Send on our interval with the last sequence; when received, send one at once.</summary>
    Heartbeat = 1,

    /// <summary>Send: start a new session.</summary>
    Identify = 2,

    /// <summary>Send: change presence (unused).</summary>
    PresenceUpdate = 3,

    /// <summary>Send: resume a session with its id and last sequence; missed events are replayed.</summary>
    Resume = 6,

    /// <summary>Receive: reconnect and resume; may come at any time, even before Hello.</summary>
    Reconnect = 7,

    /// <summary>Receive: the session is gone; <c>d</c> says whether it can still be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive: the first frame, carrying the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Receive: our last heartbeat arrived. A missing one means a zombie connection.</summary>
    HeartbeatAck = 11,
}
