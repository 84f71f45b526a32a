using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// An e-mail thread whose reply restates the request ("In your email you have requested information to the following
/// question:"): the reply is a whole letter, and its restatement, wrapped over lines, is the question.
/// </summary>
public sealed class ThreadReplyRestatingRequestTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_ReplyRestatesTheRequest_QuestionIsTheRestatementAndTheAnswerFollowsIt()
    {
        var letter = _parser.Parse("""
            Payments to Trade Union
            Dear Post Office Limited,
            Please could you supply me with the details of all payments made to the federation from 01/01/2012.
            Yours faithfully,
            Pat Aspinall
            Dear Ms Aspinall,
            I am writing in response to your email received on 01 February 2013, which I am dealing with under the terms
            of the Freedom of Information Act 2000.
            In your email you have requested information to the following question:
            Please could you supply me with the details of all payments made to the
            National Federation of Subpostmasters from 01/01/2012 to 01/02/2013?
            Post Office Ltd have made £178K in payment to the NFSP within the period you have requested.
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("National Federation of Subpostmasters", pair.Question, StringComparison.Ordinal);
        Assert.Equal("Post Office Ltd have made £178K in payment to the NFSP within the period you have requested.", pair.Answer);
    }
}
