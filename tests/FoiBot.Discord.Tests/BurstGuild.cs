using System.Globalization;
using System.Text.Json.Nodes;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>
/// A guild with six text channels as GUILD_CREATE describes it: everyone may view, send and read history; the bot's
/// role adds Embed Links; one channel denies everyone Send Messages (so the bot too), and another denies everyone but
/// gives the bot's role Send Messages back.
/// </summary>
public static class BurstGuild
{
    public const string GuildId = "110000000000000001";
    public const string BotRoleId = "110000000000000002";
    public const string OwnerId = "110000000000000003";
    public const long View = 1 << 10;
    public const long Send = 1 << 11;
    public const long Embed = 1 << 14;
    public const long History = 1 << 16;

    public static IReadOnlyList<string> Channels { get; } = [.. Enumerable.Range(1, 6).Select(i => "21000000000000000" + i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Where the bot lacks Send Messages.</summary>
    public static string Forbidden => Channels[5];

    /// <summary>Everyone is denied Send Messages here, but the bot's role has it back.</summary>
    public static string AllowedByRole => Channels[1];

    public static JsonObject Create() => new()
    {
        ["id"] = GuildId,
        ["name"] = "Burst",
        ["owner_id"] = OwnerId,
        ["unavailable"] = false,
        ["roles"] = new JsonArray(Role(GuildId, View | Send | History), Role(BotRoleId, View | Send | History | Embed)),
        ["members"] = new JsonArray(new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "FoiBot", ["bot"] = true },
            ["roles"] = new JsonArray(BotRoleId),
        }),
        ["channels"] = new JsonArray([.. Channels.Select(Channel)]),
        ["threads"] = new JsonArray(),
    };

    public static string MemberId(int member) => "31000000000000" + member.ToString("D4", CultureInfo.InvariantCulture);

    public static JsonObject Mention(string messageId, string channelId, string userId, string question) => new()
    {
        ["id"] = messageId,
        ["type"] = 0,
        ["channel_id"] = channelId,
        ["guild_id"] = GuildId,
        ["author"] = new JsonObject { ["id"] = userId, ["username"] = "member" + userId[^4..] },
        ["member"] = new JsonObject { ["roles"] = new JsonArray() },
        ["content"] = $"<@{FakeDiscord.BotUserId}> {question}",
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "FoiBot", ["bot"] = true }),
        ["mention_roles"] = new JsonArray(),
        ["channel_type"] = 0,
    };

    private static JsonObject Role(string id, long permissions) => new()
    {
        ["id"] = id,
        ["name"] = id == GuildId ? "@everyone" : "FoiBot",
        ["permissions"] = permissions.ToString(CultureInfo.InvariantCulture),
        ["position"] = id == GuildId ? 0 : 1,
    };

    private static JsonNode Channel(string id)
    {
        var overwrites = new JsonArray();
        if (id == Forbidden || id == AllowedByRole)
        {
            overwrites.Add(Overwrite(GuildId, 0, 0, Send));
        }

        if (id == AllowedByRole)
        {
            overwrites.Add(Overwrite(BotRoleId, 0, Send, 0));
        }

        return new JsonObject { ["id"] = id, ["type"] = 0, ["guild_id"] = GuildId, ["name"] = "c" + id[^1..], ["permission_overwrites"] = overwrites };
    }

    private static JsonObject Overwrite(string id, int type, long allow, long deny) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["allow"] = allow.ToString(CultureInfo.InvariantCulture),
        ["deny"] = deny.ToString(CultureInfo.InvariantCulture),
    };
}
