namespace FoiBot.Discord.Tests;

/// <summary>A test that needs a real redis-server: skipped, with the reason, where none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Binary is null)
        {
            Skip = RedisServer.SkipReason;
        }
    }
}
