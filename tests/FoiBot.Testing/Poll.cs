namespace FoiBot.Testing;

/// <summary>Waits for something another thread (a watcher, a refresher) makes true, checking often and giving up after a while.</summary>
public static class Poll
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(20);

    /// <returns>True as soon as <paramref name="condition"/> holds; false when it still does not after <paramref name="patience"/>.</returns>
    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan? patience = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (patience ?? DefaultPatience);
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(25);
        }

        return true;
    }
}
