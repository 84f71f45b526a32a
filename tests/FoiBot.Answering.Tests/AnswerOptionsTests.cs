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
}
