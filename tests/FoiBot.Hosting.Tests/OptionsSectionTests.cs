using FoiBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FoiBot.Hosting.Tests;

public sealed class OptionsSectionTests
{
    [Fact]
    public void Read_NothingConfigured_GivesTheDefaults()
    {
        Assert.Equal(new SampleOptions().Permits, SampleOptions.Section.Read(Configuration([])).Permits);
    }

    [Fact]
    public void Read_ValueTheBinderCannotConvert_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => SampleOptions.Section.Read(Configuration(new() { ["Sample:Permits"] = "lots" })));

        Assert.Contains("'Sample:Permits'", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueTheCheckRefuses_FailsWithSectionKeyAndReason()
    {
        var error = Assert.Throws<OptionsValidationException>(() => SampleOptions.Section.Read(Configuration(new() { ["Sample:Permits"] = "0" })));

        Assert.Equal("Sample:Permits: Permits must be at least 1.", Assert.Single(error.Failures));
        Assert.Equal(typeof(SampleOptions), error.OptionsType);
    }

    [Fact]
    public void Read_SecretWrittenInAppSettings_IsRefusedWithoutShowingIt()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("appsettings.json"), """{"Sample": {"Key": "written-in-a-file"}}""");
        var configuration = new ConfigurationBuilder().AddFoiBotSources(new FoiBotHostSettings { ContentRoot = folder.Path, UserSecretsAssembly = null }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => SampleOptions.Section.Read(configuration));

        Assert.Contains("Sample:Key:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sample__Key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("written-in-a-file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SecretFromOverrides_IsTaken()
    {
        var options = SampleOptions.Section.Read(Configuration(new() { ["Sample:Key"] = "from-the-environment" }));

        Assert.Equal("from-the-environment", options.Key);
    }

    [Fact]
    public void Read_ListGivenByASeedWithoutTheDefault_ReplacesTheDefault()
    {
        var section = new OptionsSection<SampleOptions>(SampleOptions.SectionName, _ => { }, c => c.GetSection("Sample:Kinds").GetChildren().Any() ? new SampleOptions { Kinds = [] } : new SampleOptions());

        Assert.Equal(["c"], section.Read(Configuration(new() { ["Sample:Kinds:0"] = "c" })).Kinds);
        Assert.Equal(["a", "b"], section.Read(Configuration([])).Kinds);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
