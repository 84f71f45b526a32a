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

    [Fact]
    public void Parse_PageSavedAsOneRun_ReadsVoicesSentenceBySentence()
    {
        var run = "Disclosure log response 2016/41 Further to our acknowledgement of 4 October we can now reply to the request you made in September. "
            + "You wrote “I’d like the number of complaints about planning decisions made to your office about each district council since April 2015”. "
            + "We searched the case management system that records every complaint we receive and the archive of closed cases held by our casework team. "
            + "A search of our records found 24 complaints, and the attached file gives the council, the date and the outcome of each one of them. "
            + "We have removed the names of the people who complained, as they are personal data that the Act does not oblige us to release.";
        var letter = _parser.Parse(run, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("You wrote “I’d like the number of complaints about planning decisions made to your office about each district council since April 2015”.", pair.Question);
        Assert.StartsWith("We searched the case management system", pair.Answer, StringComparison.Ordinal);
        Assert.Contains("A search of our records found 24 complaints", pair.Answer, StringComparison.Ordinal);
    }
}
