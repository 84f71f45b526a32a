namespace FoiBot.Evaluation.Tests;

/// <summary>The quote judge's rules one at a time, each with quotes that meet it and quotes that must not.</summary>
public sealed class QuoteJudgeTests
{
    private const string Question = "How many CCTV cameras does the council operate and how many are made by Chinese companies?";

    [Theory]
    [InlineData("Yes.")]
    [InlineData("No")]
    [InlineData("Not held.")]
    [InlineData("Not used.")]
    [InlineData("N/A")]
    [InlineData("12")]
    [InlineData("£4,250")]
    [InlineData("1. None")]
    public void Judge_ShortPlainAnswerOrFigure_IsAnAnswer(string quote)
    {
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Response")]
    [InlineData("Further information")]
    [InlineData("Question 1")]
    [InlineData("- Part 2")]
    [InlineData("")]
    public void Judge_UnderThreeWordsWithoutAnAnswer_IsALabel(string quote)
    {
        Assert.Equal(QuoteKind.Label, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Our response to your questions is as follows:")]
    [InlineData("The figures for each year are:  ")]
    public void Judge_EndsWithColon_IsALabel(string quote)
    {
        Assert.Equal(QuoteKind.Label, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("— — —")]
    [InlineData("ADVICE AND ASSISTANCE DIRECT MARKETING")]
    public void Judge_NoWordsOrAHeadingInCapitals_IsALabel(string quote)
    {
        Assert.Equal(QuoteKind.Label, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Complaint | Damp | Mould | Total | |", QuoteKind.Label)]
    [InlineData("Staff cost for mobile toilet cleaners | 139583 | 159587 |", QuoteKind.Answer)]
    [InlineData("Please see link to our public website which provides the details on the number of cameras operated CCTV | Barnet Council.", QuoteKind.Answer)]
    public void Judge_TableRow_IsALabelOnlyWithoutFigures(string quote, QuoteKind expected)
    {
        Assert.Equal(expected, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Date request received: 5 March 2024")]
    [InlineData("Date of decision: 12 April 2024")]
    [InlineData("Our reference: FOI 12345")]
    [InlineData("Request ID: FOI352248676")]
    [InlineData("Subject: CCTV cameras operated by the council")]
    public void Judge_FormFieldLabelAndShortValue_IsALabel(string quote)
    {
        Assert.Equal(QuoteKind.Label, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Cameras: the council operates 37 cameras across the town centre and car parks.")]
    [InlineData("Date: we began using the system in 2019 and extended it to fourteen sites in 2021.")]
    [InlineData("Response: 37 cameras, none of them made by Chinese companies.")]
    public void Judge_ColonThatIsNoFormField_IsAnAnswer(string quote)
    {
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("Thank you for your request for information received on 5 March 2024.")]
    [InlineData("Please find below our response to your request.")]
    [InlineData("Please find attached the information you requested.")]
    [InlineData("We have processed this request under the Freedom of Information Act 2000.")]
    [InlineData("The council holds the information requested and the answers to your questions are below")]
    [InlineData("If you are dissatisfied with the handling of your request, you can ask for an internal review.")]
    [InlineData("“If you are unhappy with this response, please write to us.")]
    [InlineData("Yours sincerely, Information Governance Team")]
    public void Judge_OpenerOrProcedure_IsAnOpener(string quote)
    {
        Assert.Equal(QuoteKind.Opener, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("I am writing to inform you that the information you requested is not held by the council.")]
    [InlineData("In response to your request, the council operates 37 cameras.")]
    [InlineData("Your request has been refused under section 12 of the Act.")]
    public void Judge_OpeningWordsThatRunOnIntoTheAnswer_IsAnAnswer(string quote)
    {
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("How many are made by Chinese companies?")]
    [InlineData("Does the council hold a list of suppliers?")]
    [InlineData("How many CCTV cameras does the council operate")]
    [InlineData("1. Please tell me how many CCTV cameras the council operates.")]
    [InlineData("how many CCTV cameras the council operates and how many are made by Chinese companies.")]
    public void Judge_QuestionRepeated_IsAnEcho(string quote)
    {
        Assert.Equal(QuoteKind.Echo, QuoteJudge.Judge(quote, Question));
    }

    [Theory]
    [InlineData("The council operates 37 CCTV cameras and none are made by Chinese companies.")]
    [InlineData("The council does not operate any CCTV cameras made by Chinese companies.")]
    [InlineData("Please see link to our public website which lists the cameras we operate.")]
    [InlineData("How we use the cameras is set out in our CCTV policy, published at www.example.gov.uk/cctv.")]
    public void Judge_StatementOnTheQuestionsTopic_IsAnAnswer(string quote)
    {
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge(quote, Question));
    }

    [Fact]
    public void Judge_NoQuestionForThePassage_JudgesOnTheQuoteAlone()
    {
        Assert.Equal(QuoteKind.Answer, QuoteJudge.Judge("The council operates 37 cameras.", ""));
        Assert.Equal(QuoteKind.Echo, QuoteJudge.Judge("How many cameras do you operate?", ""));
    }
}
