namespace FoiBot.Answering.Tests;

public sealed class AnswerOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new AnswerOptions().Validate();

    [Theory]
    [InlineData(0.0, 0.9, 5, "MinCoverage")]
    [InlineData(0.7, 0.5, 5, "StrongCoverage")]
    [InlineData(0.6, 0.9, 0, "MaxCitations")]
    public void Validate_BadValue_NamesTheField(double min, double strong, int maxCitations, string field)
    {
        var options = new AnswerOptions { MinCoverage = min, StrongCoverage = strong, MaxCitations = maxCitations };

        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Equal(field, error.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void Validate_NamedAuthorityCoverageOutOfRange_NamesTheField(double named)
    {
        var error = Assert.Throws<ArgumentException>(new AnswerOptions { NamedAuthorityMinCoverage = named }.Validate);
        Assert.Equal(nameof(AnswerOptions.NamedAuthorityMinCoverage), error.ParamName);
    }

    [Theory]
    [InlineData("Word2Vec", 0.6, "Embeddings")]
    [InlineData("None", 0.0, "SemanticThreshold")]
    public void Validate_BadEmbeddingSetting_NamesTheField(string embeddings, double threshold, string field)
    {
        var options = new AnswerOptions { Embeddings = embeddings, SemanticThreshold = threshold };

        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void Validate_MiniLmWithoutItsAssemblyBesideTheHost_NamesTheFieldAndHowToBuildIt()
    {
        var error = Assert.Throws<ArgumentException>(new AnswerOptions { Embeddings = "MiniLM" }.Validate);

        Assert.Equal("Embeddings", error.ParamName);
        Assert.Contains("-p:FoiBotEmbeddings=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MiniLmWithoutItsAssemblyBesideTheHost_SaysHowToBuildIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Semantic.SentenceEmbedders.Load("MiniLM"));

        Assert.Contains("-p:FoiBotEmbeddings=true", error.Message, StringComparison.Ordinal);
    }
}
