namespace FoiBot.Answering.SemanticKernel.Tests;

public sealed class LlmOptionsTests
{
    private static readonly LlmOptions s_local = new() { Provider = LlmProvider.OpenAICompatible, Endpoint = "http://127.0.0.1:8080/v1", Model = "llama" };

    [Fact]
    public void Validate_Defaults_PassWithNoModel() => new LlmOptions().Validate();

    [Fact]
    public void Validate_LocalServerWithoutKey_Passes() => s_local.Validate();

    [Theory]
    [InlineData("Model")]
    [InlineData("Endpoint")]
    [InlineData("ApiKey")]
    [InlineData("Timeout")]
    [InlineData("MaxRetries")]
    [InlineData("MaxToolRounds")]
    [InlineData("MaxPassages")]
    [InlineData("Temperature")]
    [InlineData("Idle")]
    public void Validate_BadField_NamesIt(string field)
    {
        var options = field switch
        {
            "Model" => s_local with { Model = "" },
            "Endpoint" => s_local with { Endpoint = "" },
            "ApiKey" => s_local with { Provider = LlmProvider.OpenAI, Endpoint = "" },
            "Timeout" => s_local with { Timeout = TimeSpan.Zero },
            "MaxRetries" => s_local with { MaxRetries = -1 },
            "MaxToolRounds" => s_local with { MaxToolRounds = 11 },
            "MaxPassages" => s_local with { MaxPassages = 0 },
            "Temperature" => s_local with { Temperature = 3 },
            _ => s_local with { Idle = TimeSpan.Zero },
        };

        Assert.Equal(field, Assert.Throws<ArgumentException>(options.Validate).ParamName);
    }

    [Fact]
    public void ToString_WithAKey_NeverShowsIt()
    {
        var options = s_local with { ApiKey = "sk-secret-123" };

        Assert.DoesNotContain("sk-secret-123", options.ToString(), StringComparison.Ordinal);
    }
}
