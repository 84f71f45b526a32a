namespace FoiBot.Discord.Api;

internal sealed record MemberDto
{
    public UserDto? User { get; init; }
}
