using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A reply that repeats each numbered question and answers on the same line after a dash ("... system -Patients are ..."): the repeat is no part of the answer.</summary>
public sealed class EchoedQuestionDashAnswerTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_QuestionRepeatedBeforeADash_AnswerIsWhatFollowsTheDash()
    {
        var letter = _parser.Parse("""
            Dear Example NHS Foundation Trust,
            Please can you provide the following information:
            1. Are patients on the waiting list prioritised in any way other than first come first served
            2. Are patients given a comparison of waiting times with other providers?
            Yours faithfully,
            Ann Other
            Dear Ms Other,
            1. Are patients on the waiting list prioritised in any way other than first come first served -Appointments are allocated by date and urgency.
            2. Are patients given a comparison of waiting times with other providers?- We have no means of seeing their waiting times.
            """, "x.txt");

        Assert.Equal(["Appointments are allocated by date and urgency.", "We have no means of seeing their waiting times."], letter.Pairs.Select(p => p.Answer));
    }
}
