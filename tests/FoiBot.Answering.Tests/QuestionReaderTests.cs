using FoiBot.Core.Authorities;

namespace FoiBot.Answering.Tests;

public sealed class QuestionReaderTests
{
    private readonly QuestionReader _reader = new(AuthorityCatalog.Default, []);

    [Theory]
    [InlineData("Does Essex use drones?", "Essex County Council")]
    [InlineData("How many false alarms did Essex fire service attend?", "Essex County Fire and Rescue Service")]
    [InlineData("Does Kent police use drones?", "Kent Police")]
    [InlineData("Does Durham police use facial recognition?", "Durham Constabulary")]
    [InlineData("Does LB of Barnet use facial recognition?", "London Borough of Barnet")]
    public void Read_AuthorityInTheQuestion_IsResolvedToItsCanonicalName(string question, string expected) =>
        Assert.Equal([expected], _reader.Read(question).Authorities);

    [Fact]
    public void Read_Question_TakesTheAuthorityOutOfTheTopicAndKeepsReferences()
    {
        var parsed = _reader.Read("What did Barnet say in 16336160 about facial recognition?");

        Assert.DoesNotContain("Barnet", parsed.Topic, StringComparison.Ordinal);
        Assert.Equal(["16336160"], parsed.References);
    }

    [Fact]
    public void Read_UnknownCouncil_IsReportedAsUnknownNotIgnored()
    {
        var parsed = _reader.Read("Does Narnia Borough Council use drones?");

        Assert.Empty(parsed.Authorities);
        Assert.Equal("Narnia Borough Council", parsed.UnknownAuthority);
    }
}
