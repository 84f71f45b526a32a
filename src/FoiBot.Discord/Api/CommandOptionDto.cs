namespace FoiBot.Discord.Api;

internal sealed record CommandOptionDto
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
    public const int Channel = 7;

    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    /// <summary>A subcommand's own options.</summary>
    public IReadOnlyList<CommandOptionDto>? Options { get; init; }

    /// <summary>For a channel option: the kinds of channel offered.</summary>
    public IReadOnlyList<int>? ChannelTypes { get; init; }
}
