using System.Text.Json;
using System.Text.Json.Nodes;
using FoiBot.Discord.Tests.Fakes;

namespace FoiBot.Discord.Tests;

/// <summary>Members asking the bot over a fake gateway connection, and reading its answers off the fake's REST log.</summary>
internal static class Asking
{
    public const string OtherUserId = "300000000000000002";
    public const string ForumId = "400000000000000001";

    public static JsonObject MentionBy(string messageId, string question, string userId, string channelId = DiscordEvents.ChannelId, int channelType = 0)
    {
        var mention = DiscordEvents.Mention(messageId, question);
        mention["author"]!["id"] = userId;
        mention["channel_id"] = channelId;
        mention["channel_type"] = channelType;
        return mention;
    }

    /// <summary>Sends a mention and waits for the reply to it (a message whose reference names it).</summary>
    public static async Task<RecordedRequest> AskAsync(
        FakeDiscord fake, FakeGatewayConnection gateway, int sequence, string messageId, string question, string userId, CancellationToken ct, string channelId = DiscordEvents.ChannelId, int channelType = 0)
    {
        await gateway.DispatchAsync("MESSAGE_CREATE", sequence, MentionBy(messageId, question, userId, channelId, channelType), ct);
        return (await fake.WaitForAsync(r => r.Is("POST", "/messages") && RepliesTo(r) == messageId, ct))[0];
    }

    public static string? RepliesTo(RecordedRequest message) =>
        message.Method == "POST" && message.Body.Length > 0 && message.Json.TryGetProperty("message_reference", out var reference) ? reference.GetProperty("message_id").GetString() : null;

    /// <summary>The citation field names of the answer's first embed ("Authority · ref · date").</summary>
    public static IReadOnlyList<string> Cited(RecordedRequest answer) =>
        answer.Json.GetProperty("embeds")[0].TryGetProperty("fields", out var fields)
            ? fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList()
            : [];

    /// <summary>Every button under the message, across its rows.</summary>
    public static IReadOnlyList<JsonElement> Buttons(RecordedRequest message) =>
        message.Json.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).ToList()
            : [];

    public static JsonObject Component(string id, string customId, string userId) => WithUser(DiscordEvents.Interaction(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }), userId);

    public static JsonObject ModalSubmit(string id, string customId, string reason, string userId) => WithUser(
        DiscordEvents.Interaction(id, 5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = "reason", ["value"] = reason }),
            }),
        }),
        userId);

    /// <summary>Waits for the callback that answers an interaction and returns its body.</summary>
    public static async Task<JsonElement> CallbackAsync(FakeDiscord fake, string interactionId, CancellationToken ct) =>
        (await fake.WaitForAsync(r => r.Is("POST", $"/interactions/{interactionId}/"), ct))[0].Json;

    private static JsonObject WithUser(JsonObject interaction, string userId)
    {
        interaction["member"]!["user"]!["id"] = userId;
        return interaction;
    }
}
