namespace FoiBot.Discord.Api;

/// <summary>POST /channels/{channel}/messages/{message}/threads: a thread's name and how long it stays open unused (minutes).</summary>
internal sealed record StartThreadDto(string Name, int AutoArchiveDuration);
