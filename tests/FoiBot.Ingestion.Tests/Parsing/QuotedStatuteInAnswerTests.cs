using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A refusal notice that quotes the exemption it applies under the answer ("Section 21 states ..." / "(1) ..." /
/// "(2) ..."): the statute's subsections are neither answers numbered to the questions nor part of the answer.
/// </summary>
public sealed class QuotedStatuteInAnswerTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_SubsectionsQuotedAfterTheAnswer_AreNotAnswersToTheQuestions()
    {
        var letter = _parser.Parse("""
            Request
            In 2022 how many FOIA requests were received by the CPS?
            How many were refused on cost grounds?
            Response
            The figures are published and so are withheld under section 21.
            We hold no recorded information on refusals on cost grounds.
            Section 17 Notice under the Freedom of Information Act 2000
            Section 21 states Information accessible to applicant by other means.
            (1) Information which is reasonably accessible to the applicant otherwise than under section 1 is exempt information.
            (2) For the purposes of subsection (1)—
            (a) information may be reasonably accessible to the applicant even though it is accessible only on payment.
            """, "x.txt");

        Assert.All(letter.Pairs, p => Assert.DoesNotContain("subsection", p.Answer, StringComparison.Ordinal));
        Assert.Contains(letter.Pairs, p => p.Question.Contains("how many FOIA requests", StringComparison.Ordinal) && p.Answer.Contains("withheld under section 21", StringComparison.Ordinal));
    }
}
