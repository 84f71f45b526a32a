using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class CorpusOptionsTests
{
    [Fact]
    public void Constructor_DefaultOptions_Accepted()
    {
        var options = new CorpusOptions();

        _ = new CorpusScanner(options);
        Assert.Equal([".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml"], options.Extensions);
        Assert.Equal(16 * 1024 * 1024, options.MaxFileBytes);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData(".")]
    [InlineData("")]
    public void Constructor_ExtensionWithoutLeadingDot_ThrowsNamingExtensions(string extension)
    {
        var error = Assert.Throws<ArgumentException>(() => new CorpusScanner(new CorpusOptions { Extensions = [".txt", extension] }));

        Assert.Equal(nameof(CorpusOptions.Extensions), error.ParamName);
    }

    [Fact]
    public void Constructor_NoExtensions_ThrowsNamingExtensions()
    {
        var error = Assert.Throws<ArgumentException>(() => new CorpusScanner(new CorpusOptions { Extensions = [] }));

        Assert.Equal(nameof(CorpusOptions.Extensions), error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(CorpusOptions.MaxSupportedFileBytes + 1)]
    public void Constructor_MaxFileBytesOutOfRange_ThrowsNamingMaxFileBytes(long maxFileBytes)
    {
        var error = Assert.Throws<ArgumentException>(() => new CorpusScanner(new CorpusOptions { MaxFileBytes = maxFileBytes }));

        Assert.Equal(nameof(CorpusOptions.MaxFileBytes), error.ParamName);
    }
}
