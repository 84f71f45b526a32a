namespace FoiBot.Discord.Gateway;

/// <summary>What a resume needs: the session id and resume URL from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; set; }

    /// <summary>READY's resume_gateway_url; when a server leaves it out, the /gateway/bot URL is used instead.</summary>
    public Uri? ResumeUrl { get; set; }

    /// <summary>The last sequence, or null before the first dispatch of a session.</summary>
    public int? Sequence => Volatile.Read(ref _sequence) is var s and >= 0 ? s : null;

    public bool CanResume => SessionId is not null;

    public void Observe(int? sequence)
    {
        if (sequence is { } s)
        {
            Volatile.Write(ref _sequence, s);
        }
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
