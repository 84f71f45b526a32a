using FoiBot.Discord.Api;

namespace FoiBot.Discord.Bot;

/// <summary>The row under each answer (Helpful, Wrong, and on abstention a link to request the letters), and the "what was wrong?" modal.</summary>
internal static class FeedbackComponents
{
    public const string HelpfulPrefix = "foi:fb:up:";
    public const string WrongPrefix = "foi:fb:down:";
    public const string ReasonPrefix = "foi:fbr:";
    public const string ReasonInput = "reason";
    public const int MaxReason = 300;

    public static ComponentDto Row(string answerId, string? requestUrl)
    {
        List<ComponentDto> buttons =
        [
            new() { Type = ComponentDto.Button, Style = ComponentDto.SuccessStyle, Label = "Helpful", CustomId = HelpfulPrefix + answerId },
            new() { Type = ComponentDto.Button, Style = ComponentDto.DangerStyle, Label = "Wrong", CustomId = WrongPrefix + answerId },
        ];
        if (requestUrl is not null)
        {
            buttons.Add(new() { Type = ComponentDto.Button, Style = ComponentDto.LinkStyle, Label = "Request it yourself on WhatDoTheyKnow", Url = requestUrl });
        }

        return new ComponentDto { Type = ComponentDto.ActionRow, Components = buttons };
    }

    public static InteractionResponseDto ReasonModal(string answerId) => new(
        InteractionCallbackType.Modal,
        new ModalDto(ReasonPrefix + answerId, "What was wrong?", [new ComponentDto
        {
            Type = ComponentDto.ActionRow,
            Components = [new ComponentDto
            {
                Type = ComponentDto.TextInput,
                CustomId = ReasonInput,
                Style = ComponentDto.ParagraphStyle,
                Label = "Tell us briefly (optional)",
                Placeholder = "The letter says the opposite; wrong council; out of date...",
                Required = false,
                MaxLength = MaxReason,
            }],
        }]));

    /// <summary>Whether a custom id fits Discord's 100 characters with this prefix.</summary>
    public static bool Fits(string answerId) => ReasonPrefix.Length + answerId.Length <= DiscordLimits.CustomId && WrongPrefix.Length + answerId.Length <= DiscordLimits.CustomId;
}
