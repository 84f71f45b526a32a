namespace FoiBot.Import.Alaveteli;

/// <summary>One event of a request (InfoRequestEvent#json_for_api): a "response" event names the incoming message.</summary>
internal sealed record AlaveteliEvent
{
    public long Id { get; init; }

    public string? EventType { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public long? IncomingMessageId { get; init; }
}
