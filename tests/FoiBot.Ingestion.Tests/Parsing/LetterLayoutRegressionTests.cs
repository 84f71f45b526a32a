using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Layouts found in real letters from authorities outside the corpus, each reduced to a few lines.</summary>
public sealed class LetterLayoutRegressionTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_OrderedListFlattenedToRepeatedOnes_NumbersTheQuestionsInOrder()
    {
        var letter = _parser.Parse("Kent Police\nOur ref: FOI 04512/24\n12 March 2024\nRequest:\n1. How many drones does the force own?\n1. How many officers are trained drone pilots?\nResponse:\n1. The force owns 4 drones.\n2. 11 officers are trained pilots.", "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("11 officers are trained pilots.", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_ProseRefusalWithNoNumberedQuestions_GivesOnePairFromTheAcknowledgement()
    {
        var letter = _parser.Parse("""
            Derby City Council
            Our ref: FOI-2024-0815
            14 May 2024

            Dear Mr Jones,

            Thank you for your request for information received on 16 April 2024, in which you asked for a list of all vacant council-owned commercial properties.

            The Council holds this information. However, we are unable to disclose it under section 31(1)(a) of the Freedom of Information Act 2000, as publishing the addresses would be likely to prejudice the prevention of crime.

            Yours sincerely,
            Information Governance Team
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("a list of all vacant council-owned commercial properties", pair.Question);
        Assert.StartsWith("The Council holds this information.", pair.Answer, StringComparison.Ordinal);
        Assert.Equal(Outcome.Refused, pair.Outcome);
        Assert.Equal(["FOIA s31(1)(a)"], pair.Exemptions);
        Assert.Equal(new DateOnly(2024, 4, 16), letter.ReceivedDate);
    }

    [Theory]
    [InlineData("Our ref: FOI/19121", "FOI/19121")]
    [InlineData("Our ref: HC/001391/13", "HC/001391/13")]
    [InlineData("Re: Freedom of Information request – 72722", "72722")]
    [InlineData("FOI request (FOI-70688433)", "FOI-70688433")]
    [InlineData("FOI Request 2240", "2240")]
    [InlineData("Reference:\n825", "825")]
    [InlineData("FOI reference\nFOI/202100258306", "FOI/202100258306")]
    public void Parse_ReferenceForms_AreFound(string header, string expected)
    {
        var letter = _parser.Parse(header + "\n\nRequest:\n1. How many?\nResponse:\n1. Four.", "x.txt");

        Assert.Equal(expected, letter.Reference);
    }

    [Fact]
    public void Parse_ReceivedAndRespondedLabels_GiveBothDates()
    {
        var letter = _parser.Parse("Received:\n22/08/2018\nResponded:\n17/09/2018\nRequest:\n1. How many hoax calls?\nResponse:\n1. Fourteen.", "x.txt");

        Assert.Equal(new DateOnly(2018, 9, 17), letter.ResponseDate);
        Assert.Equal(new DateOnly(2018, 8, 22), letter.ReceivedDate);
    }

    [Fact]
    public void Parse_TableWithDateCellsAndRepeatedCells_KeepsEveryCell()
    {
        var letter = _parser.Parse("Our ref: FOI-16615\n20 January 2026\nRequest:\n1. The number of empty homes and the date of each report.\nResponse:\n1.\nDate of Report\n31/12/2022\n31/12/2023\nNot Held\nNot Held\n411", "x.txt");

        Assert.Equal("Date of Report\n31/12/2022\n31/12/2023\nNot Held\nNot Held\n411", Assert.Single(letter.Pairs).Answer);
        Assert.Equal(new DateOnly(2026, 1, 20), letter.ResponseDate);
    }

    [Fact]
    public void Parse_AnswersWithLinksAndCostLimits_ReadAsPublishedAndRefused()
    {
        var letter = _parser.Parse("Our ref: FOI-18-00569\nRequest:\n1. Total requests each year.\n2. Requests involving advisers.\nResponse:\n1. This information has been published and is available from:\nhttp://www.parliament.scot/business/28877.aspx?ref=S5W-14204\n2. The cost of providing this would exceed the upper cost limit of £600.", "x.txt");

        Assert.Equal([Outcome.PublishedElsewhere, Outcome.Refused], letter.Pairs.Select(p => p.Outcome));
    }

    [Fact]
    public void Parse_CompactAndRepeatedExemptions_AreEachListedOnce()
    {
        var letter = _parser.Parse("Our ref: FOI-2018-5521\nRequest:\n1. Camera locations.\n2. Operator names.\nResponse:\n1. This information is exempt under S31(1)(a) FOIA.\n2. This is withheld under s40(2) FOIA. Section 40 is an absolute exemption.", "x.txt");

        Assert.Equal(["FOIA s31(1)(a)"], letter.Pairs[0].Exemptions);
        Assert.Equal(["FOIA s40(2)"], letter.Pairs[1].Exemptions);
    }
}
