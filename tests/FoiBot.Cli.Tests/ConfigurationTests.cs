using System.Reflection;
using System.Text.Json;
using FoiBot.Answering;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Import;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;
using FoiBot.Web;
using Microsoft.Extensions.Configuration;

namespace FoiBot.Cli.Tests;

public sealed class ConfigurationTests
{
    private static readonly (string Section, Type Options)[] s_sections =
    [
        (FoiBotOptions.SectionName, typeof(FoiBotOptions)),
        (CorpusOptions.SectionName, typeof(CorpusOptions)),
        (AnswerOptions.SectionName, typeof(AnswerOptions)),
        (LlmOptions.SectionName, typeof(LlmOptions)),
        (FoiBot.Discord.DiscordOptions.SectionName, typeof(FoiBot.Discord.DiscordOptions)),
        (WebOptions.SectionName, typeof(WebOptions)),
        (ImportOptions.SectionName, typeof(ImportOptions)),
        (FoiBot.Discord.State.StateOptions.SectionName, typeof(FoiBot.Discord.State.StateOptions)),
    ];

    [Fact]
    public void ExampleSettings_ListEveryOptionAndNothingElse()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.example.json")));
        foreach (var (section, type) in s_sections)
        {
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).Order().ToList();
            var listed = example.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name).Order().ToList();
            Assert.Equal(settable, listed);
        }
    }

    [Fact]
    public void Load_ExampleSettingsAsAppSettings_GivesTheDefaults()
    {
        using var folder = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Root, "appsettings.example.json"), folder.Combine("appsettings.json"));
        var environment = new CliEnvironment { Output = TextWriter.Null, Error = TextWriter.Null, WorkingDirectory = folder.Path };

        var settings = CliSettings.Load(environment);

        Assert.Equal(["corpus"], settings.FoiBot.EffectiveCorpusPaths);
        Assert.Equal([".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml"], settings.Corpus.Extensions);
        var defaults = new CorpusOptions();
        Assert.Equal(defaults, settings.Corpus with { Extensions = defaults.Extensions });
        Assert.Equal(new AnswerOptions(), settings.Answering);
        Assert.Equal(new LlmOptions(), EngineFactory.LoadOptions(settings.Configuration));
        Assert.Equal(new ImportOptions(), settings.Configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>());
    }
}
