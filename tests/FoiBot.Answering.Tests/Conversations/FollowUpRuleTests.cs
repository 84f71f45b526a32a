using FoiBot.Answering.Conversations;
using FoiBot.Core.Authorities;

namespace FoiBot.Answering.Tests.Conversations;

public sealed class FollowUpRuleTests(CorpusIndexFixture corpus) : IClassFixture<CorpusIndexFixture>
{
    private static readonly ConversationTurn s_barnet =
        new("Does Barnet use facial recognition?", "No.") { Standalone = "Does Barnet use facial recognition?", Authority = "London Borough of Barnet" };

    private FollowUpRule Rule => new(corpus.Index, AuthorityCatalog.Default);

    [Theory]
    [InlineData("And Coventry?")]
    [InlineData("what about Coventry City Council?")]
    [InlineData("Coventry?")]
    public void Resolve_OnlyAnAuthority_AsksTheEarlierQuestionOfIt(string question)
    {
        var resolved = Rule.Resolve(new AnswerRequest { Question = question, Id = "2" }, s_barnet);

        Assert.NotNull(resolved);
        Assert.Equal("Does Barnet use facial recognition?", resolved.Question);
        Assert.Equal("Coventry City Council", resolved.Authority);
        Assert.Equal("2", resolved.Id);
    }

    [Fact]
    public void Resolve_OnlyAYear_AsksTheEarlierQuestionForThatYearOfTheSameAuthority()
    {
        var resolved = Rule.Resolve(new AnswerRequest { Question = "what about 2019?" }, s_barnet);

        Assert.NotNull(resolved);
        Assert.Equal("Does Barnet use facial recognition 2019?", resolved.Question);
        Assert.Equal("London Borough of Barnet", resolved.Authority);
    }

    [Theory]
    [InlineData("What about CCTV cameras?")]
    [InlineData("How many CCTV cameras do they have?")]
    public void Resolve_OwnTopicLeaningBack_KeepsTheAuthority(string question)
    {
        var resolved = Rule.Resolve(new AnswerRequest { Question = question }, s_barnet);

        Assert.NotNull(resolved);
        Assert.Equal(question, resolved.Question);
        Assert.Equal("London Borough of Barnet", resolved.Authority);
    }

    [Theory]
    [InlineData("How many CCTV cameras does Coventry City Council operate?")]
    [InlineData("Which glyphosate-based herbicides does Moray Council use?")]
    [InlineData("How many councils use glyphosate?")]
    [InlineData("And does Coventry use body worn cameras?")]
    public void Resolve_CompleteQuestion_StandsOnItsOwn(string question) =>
        Assert.Null(Rule.Resolve(new AnswerRequest { Question = question }, s_barnet));

    [Fact]
    public void Resolve_NoEarlierTurn_StandsOnItsOwn() =>
        Assert.Null(Rule.Resolve(new AnswerRequest { Question = "And Coventry?" }, null));
}
