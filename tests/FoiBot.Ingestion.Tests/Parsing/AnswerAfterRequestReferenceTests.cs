using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A sentence that refers to the request and then gives the answer ("Thank you for your request for X, I can advise
/// that ..."): the reference is procedure, what it advises or confirms is the answer.
/// </summary>
public sealed class AnswerAfterRequestReferenceTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("Thank you for your request for information about empty homes, I can advise that we hold records of 312 such homes.", "I can advise that we hold records of 312 such homes.")]
    [InlineData("Your request for information has now been considered and I can advise you that 312 homes have been empty for six months.", "I can advise you that 312 homes have been empty for six months.")]
    [InlineData("I refer to your letter about empty homes, I am able to confirm that there are 312 in the district.", "I am able to confirm that there are 312 in the district.")]
    public void Parse_RequestReferenceThenAnswer_KeepsTheAnswer(string sentence, string answer)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI 123
            Dear Ms Smith,
            You asked for the number of empty homes in the district.
            {sentence}
            Yours sincerely
            """, "x.txt");

        Assert.Equal(answer, Assert.Single(letter.Pairs).Answer);
    }

    [Fact]
    public void Parse_RequestReferenceThenReceipt_IsStillProcedure()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 123
            Dear Ms Smith,
            You asked for the number of empty homes in the district.
            Thank you for your email about empty homes, I can confirm receipt of your request.
            Thank you for your request for details of empty homes, I can advise we hold 312 such homes.
            Yours sincerely
            """, "x.txt");

        Assert.Equal("I can advise we hold 312 such homes.", Assert.Single(letter.Pairs).Answer);
    }
}
