using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A letter with no heading, number or acknowledgement to mark its request: the requester's first-person asking is
/// the question and the authority's own voice after it is the answer.
/// </summary>
public sealed class VoiceLayoutTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_FirstPersonRequestAfterTheThanks_IsTheQuestionAndTheAuthorityVoiceAnswers()
    {
        var letter = _parser.Parse("""
            Our ref: FOI 4411
            Dear Requester
            The council has considered your request and our response is shown below.
            Under the Freedom of Information Act, I would like to request the number of street lights replaced in 2022.
            In this case we do not hold the information, as replacements are recorded by the contractor.
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Under the Freedom of Information Act, I would like to request the number of street lights replaced in 2022.", pair.Question);
        Assert.Equal("In this case we do not hold the information, as replacements are recorded by the contractor.", pair.Answer);
    }

    [Fact]
    public void Parse_QuotedQuestionToTheBody_IsTheQuestionUntilTheAuthorityReplies()
    {
        var letter = _parser.Parse("""
            Freedom of Information request RFI0001
            “Could you confirm how much you paid for the spring poster campaign? And why you chose that agency?”
            The information you have requested is excluded from the Act because it is held for the purposes of journalism.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.StartsWith("“Could you confirm how much you paid for the spring poster campaign?", pair.Question, StringComparison.Ordinal);
        Assert.StartsWith("The information you have requested is excluded", pair.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListUnderTheRequest_StaysWithTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference 2011/77
            Thank you for contacting the trust; we logged your request on 3 May.
            All contracts you hold for agency porters and cleaners, listing:
            the supplier
            the start date
            We have attached the two contracts the trust holds.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("All contracts you hold for agency porters and cleaners, listing:\nthe supplier\nthe start date", pair.Question);
        Assert.Equal("We have attached the two contracts the trust holds.", pair.Answer);
    }

    [Fact]
    public void Parse_RequestRepeatedAtTheFootAfterTheAnswer_IsNotTakenAsTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference 2019/12
            We hold the information and it is attached.
            Our records show 14 grants were paid in the year.
            We have also attached the grant policy.
            Your original wording was: I would like to request the number of grants paid.
            We hope this is helpful.
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("Our records show 14 grants were paid in the year.", pair.Answer, StringComparison.Ordinal);
    }
}
