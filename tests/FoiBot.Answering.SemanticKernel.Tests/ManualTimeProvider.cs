namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>A clock the test moves by hand; only the current time is faked (no timers are needed where it is used).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
