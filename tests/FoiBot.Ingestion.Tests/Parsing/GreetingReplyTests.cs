using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>An e-mail thread whose reply opens with a greeting ("Good afternoon", "Hi Ann,") instead of "Dear ...": the reply is the answer.</summary>
public sealed class GreetingReplyTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("Good Afternoon")]
    [InlineData("Hi Ann,")]
    public void Parse_ReplyOpeningWithAGreeting_AnswersTheRequestAboveIt(string greeting)
    {
        var letter = _parser.Parse($"""
            Waiting times
            Dear Example NHS Foundation Trust,
            Please can you provide the following information:
            1. How many patients are waiting for an assessment?
            2. What is the longest wait in weeks?
            Yours faithfully,
            Ann Other
            {greeting}
            Thank you for your Freedom of Information request.
            1. There are 412 patients waiting.
            2. The longest wait is 96 weeks.
            """, "x.txt");

        Assert.Equal(["There are 412 patients waiting.", "The longest wait is 96 weeks."], letter.Pairs.Select(p => p.Answer));
    }
}
