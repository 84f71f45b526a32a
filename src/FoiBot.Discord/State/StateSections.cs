using FoiBot.Hosting;

namespace FoiBot.Discord.State;

/// <summary>The "State" section; the Redis connection string is refused from settings files.</summary>
public static class StateSections
{
    public static OptionsSection<StateOptions> State { get; } = new(StateOptions.SectionName, o => o.Validate()) { Secrets = [nameof(StateOptions.Redis)] };
}
