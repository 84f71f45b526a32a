namespace FoiBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each one means for the next connection.</summary>
internal static class CloseCodes
{
    /// <summary>The code FoiBot closes with when it wants to resume; 1000 and 1001 would end the session.</summary>
    public const int ResumeLater = 4000;

    public static NextStep Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => NextStep.Fatal,
        4003 or 4007 or 4009 => NextStep.Identify,
        _ => NextStep.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped without a close frame",
        4000 => "unknown error",
        4001 => "unknown opcode (a FoiBot bug)",
        4002 => "decode error (a FoiBot bug)",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is wrong; check Discord:Token (Discord__Token)",
        4005 => "already authenticated (a FoiBot bug)",
        4007 => "invalid sequence on resume",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: set Discord:ShardCount to the number GET /gateway/bot recommends",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal",
        _ => "closed",
    };
}
