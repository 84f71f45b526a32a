namespace FoiBot.Discord.Api;

internal sealed record MemberDto
{
    public UserDto? User { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Until then a timed-out member may only view and read.</summary>
    public DateTimeOffset? CommunicationDisabledUntil { get; init; }
}
