using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core;
using FoiBot.Search;
using FoiBot.Testing.FakeModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Answering.SemanticKernel.Tests;

/// <summary>The answer engine as a host registers it (AddFoiBotAnswering), chosen from the Llm section as `foibot ask` chooses it.</summary>
public sealed class AnsweringServicesTests(LetterIndexFixture letters) : IClassFixture<LetterIndexFixture>
{
    private const string Question = "Does Barnet use facial recognition?";

    [Fact]
    public async Task AddFoiBotAnswering_NoModelConfigured_AnswersFromTheLettersAlone()
    {
        using var services = Build([]);

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest { Question = Question }, CancellationToken.None);

        Assert.Equal(AnswerEngines.Extractive, answer.Engine);
        Assert.Contains(answer.Citations, c => c.Ref == "16336160");
        Assert.NotNull(services.GetRequiredService<PriorDisclosureChecker>());
    }

    [Fact]
    public async Task AddFoiBotAnswering_ModelConfigured_AnswersThroughTheModel()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Then(r => ModelStep.Quoting(r.Quotable, "Barnet has said no: "));
        using var services = Build(new()
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "fake-model",
            ["Llm:MaxRetries"] = "0",
        });

        var answer = await services.GetRequiredService<IAnswerEngine>().AnswerAsync(new AnswerRequest { Question = Question }, CancellationToken.None);

        Assert.Equal(AnswerEngines.Llm, answer.Engine);
        Assert.StartsWith("Barnet has said no", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFoiBotAnswering_ModelNamedWithoutItsEndpoint_RefusesNamingTheKey()
    {
        using var services = Build(new() { ["Llm:Provider"] = "OpenAICompatible", ["Llm:Model"] = "fake-model" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IAnswerEngine>());

        Assert.StartsWith("Llm:Endpoint:", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(letters.Index)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        return services.AddFoiBotAnswering().BuildServiceProvider();
    }
}
