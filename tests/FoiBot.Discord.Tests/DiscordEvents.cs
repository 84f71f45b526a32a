using System.Text.Json.Nodes;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>Event payloads shaped as Discord sends them: string snowflakes, nested user objects, extra fields.</summary>
public static class DiscordEvents
{
    public const string GuildId = "100000000000000001";
    public const string ChannelId = "200000000000000001";
    public const string UserId = "300000000000000001";

    public static JsonObject Mention(string messageId, string question, string? guildId = GuildId) => new()
    {
        ["id"] = messageId,
        ["type"] = 0,
        ["channel_id"] = ChannelId,
        ["guild_id"] = guildId,
        ["author"] = new JsonObject { ["id"] = UserId, ["username"] = "asker", ["global_name"] = "Asker" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray() },
        ["content"] = guildId is null ? question : $"<@{FakeDiscord.BotUserId}> {question}",
        ["mentions"] = guildId is null ? new JsonArray() : new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "FoiBot", ["bot"] = true }),
        ["mention_roles"] = new JsonArray(),
        ["timestamp"] = "2026-01-20T10:00:00.000000+00:00",
        ["tts"] = false,
        ["channel_type"] = guildId is null ? 1 : 0,
    };

    public static JsonObject Command(string id, string name, params (string Name, int Type, JsonNode Value)[] options) => Interaction(id, 2, new JsonObject
    {
        ["id"] = "800000000000000001",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value })]),
    });

    public static JsonObject Interaction(string id, int type, JsonObject data) => new()
    {
        ["id"] = id,
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "asker" }, ["permissions"] = "2147483647" },
        ["token"] = "itoken-" + id,
        ["version"] = 1,
        ["locale"] = "en-GB",
        ["app_permissions"] = "2147483647",
    };
}
