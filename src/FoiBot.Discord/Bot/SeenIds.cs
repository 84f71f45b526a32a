namespace FoiBot.Discord.Bot;

/// <summary>Remembers recent event ids: Discord may deliver an event more than once (and replays on resume), but each is answered once.</summary>
internal sealed class SeenIds(int capacity = 4096)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public bool Contains(string id)
    {
        lock (_lock)
        {
            return _seen.Contains(id);
        }
    }

    /// <summary>True the first time an id is offered.</summary>
    public bool FirstTime(string id)
    {
        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
