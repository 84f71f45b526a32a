namespace FoiBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Fact]
    public void ToString_WithSecrets_NeverShowsThem()
    {
        var options = new DiscordOptions { Token = "secret-token-value", PublicKey = new string('a', 64) };

        var text = options.ToString();

        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 64), text, StringComparison.Ordinal);
        Assert.Contains("(redacted)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Token")]
    [InlineData("ApiBaseUrl")]
    [InlineData("ShardId")]
    [InlineData("ApplicationId")]
    public void Validate_BadSetting_NamesIt(string setting)
    {
        var good = new DiscordOptions { Token = "t" };
        var bad = setting switch
        {
            "Token" => good with { Token = "" },
            "ApiBaseUrl" => good with { ApiBaseUrl = "discord" },
            "ShardId" => good with { ShardId = 2, ShardCount = 2 },
            _ => good with { ApplicationId = "abc" },
        };

        good.Validate();
        var error = Assert.Throws<ArgumentException>(() => bad.Validate());
        Assert.Equal(setting, error.ParamName);
    }
}
