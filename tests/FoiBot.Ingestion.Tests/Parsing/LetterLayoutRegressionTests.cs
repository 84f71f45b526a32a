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

    [Fact]
    public void Parse_ResponseHeadingUnderEveryQuestion_PairsEachQuestionWithItsOwnAnswer()
    {
        var letter = _parser.Parse("FOI4719 / October 2024 / False Alarms\nThank you for your request under the Freedom of Information Act 2000.\nQuestion 1 – How many false alarms did the service attend in 2023/24?\nResponse\nThe service attended 4,120 false alarms.\nQuestion 2 – How much was spent attending false calls?\nResponse\nWe do not hold this information.", "x.txt");

        Assert.Equal([("1", Outcome.Answered), ("2", Outcome.NotHeld)], letter.Pairs.Select(p => (p.Number!, p.Outcome)));
        Assert.Equal("False Alarms", letter.Subject);
    }

    [Fact]
    public void Parse_QuestionDashAnswer_IsOneQuestionNotARange()
    {
        var letter = _parser.Parse("Our ref: FOI-2024-3310\nRequest:\nQ1 - How many public toilets does the council maintain?\nQ2 – How many were closed in 2023?\nResponse:\nQ1 - 14\nQ2 – 3", "x.txt");

        Assert.Equal([("1", "14"), ("2", "3")], letter.Pairs.Select(p => (p.Number!, p.Answer)));
    }

    [Fact]
    public void Parse_QuestionNamingItsLetteredParts_TakesLetteredLinesAsItsAnswer()
    {
        var letter = _parser.Parse("FOI reference: FOI-9137\n1. Spending on agency staff in 2023-24, b) the agency cap in 2023-24\na) Total agency 2023/24: £8,161,319.97\nb) As per NHSE cap\n2. a) Medical agency spend in 2023-24, and b) total medical spend.\na) £2,703,265.91\nb) £93,174,404.30", "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("a) Total agency 2023/24: £8,161,319.97\nb) As per NHSE cap", letter.Pairs[0].Answer);
    }

    [Fact]
    public void Parse_FootersAndDisclosureLogTrailers_StayOutOfAnswers()
    {
        var letter = _parser.Parse("Kent Police\nOur Ref: 003668/15\nYou asked:\n1. Does your force use drones?\n2. How many has it bought?\nResponse:\n1. No.\nFreedom of Information Section Kent Police HQ Sutton Road, Maidstone ME15 9BZ Tel: 101 Fax: 01622 650000\nwww.kent.police.uk\n2. No information held.\nIf you have any queries about this request, please contact us.\nOutcome: Information Provided\nBack to FOI requests", "x.txt");

        Assert.Equal(["No.", "No information held."], letter.Pairs.Select(p => p.Answer));
        Assert.Equal([Outcome.No, Outcome.NotHeld], letter.Pairs.Select(p => p.Outcome));
    }

    [Fact]
    public void Parse_BareRequestHeading_LeavesPageHeadersOutOfTheQuestion()
    {
        var letter = _parser.Parse("Response A1346436\nResponse to request for information\nResponse date\n8 March 2022\nRequest\nHow many fly-tipping incidents were recorded in 2021-22?\nResponse\n1,137 incidents were recorded in 2021-22.", "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("How many fly-tipping incidents were recorded in 2021-22?", pair.Question);
        Assert.Equal(new DateOnly(2022, 3, 8), letter.ResponseDate);
        Assert.Null(letter.Subject);
    }

    [Theory]
    [InlineData("I write in connection with your request for information, dated 9th February 2015, concerning magazine enquiries.", 2015, 2, 9)]
    [InlineData("Your request was received by the\nCouncil on the 07/02/2023 and has been handled under the Act.", 2023, 2, 7)]
    [InlineData("Date received: 2 December 2021", 2021, 12, 2)]
    [InlineData("Requested Mon 19 March 2018", 2018, 3, 19)]
    public void Parse_ReceivedDateWordings_AreRead(string wording, int year, int month, int day)
    {
        var letter = _parser.Parse($"Our ref: 1234567\n{wording}\nRequest:\n1. How many?\nResponse:\n1. Four.", "x.txt");

        Assert.Equal(new DateOnly(year, month, day), letter.ReceivedDate);
    }

    [Fact]
    public void Parse_ScottishEnvironmentalLetter_IsEisrAndItsProcedureIsNoAnswer()
    {
        var letter = _parser.Parse("Information regarding fly-tipping: EIR release\nInformation request and response under the Environmental Information (Scotland) Regulations 2004\nInformation requested\n1. The cost of cleaning up fly-tipping.\n2. The number of incidents.\nResponse\nAs the information you have requested is environmental information, we are required to deal with your request under those Regulations. We are applying the exemption at section 39(2) of FOISA, so that we do not also have to deal with your request under FOISA.\nThis exemption is subject to the public interest test, which favours upholding the exemption.\n1. The Council does not hold information on the cost.\n2. There were 529 incidents.", "x.txt");

        Assert.Equal(AccessLaw.Eisr, letter.Law);
        Assert.Equal([Outcome.NotHeld, Outcome.Answered], letter.Pairs.Select(p => p.Outcome));
        Assert.Equal("Information regarding fly-tipping: EIR release", letter.Subject);
    }

    [Fact]
    public void Parse_EmailThread_ReadsTheRequestFromTheFirstLetterAndTheAnswersFromTheLast()
    {
        var letter = _parser.Parse("""
            Empty homes in Leeds

            Dear Leeds City Council,

            Please provide:
            (1) The number of long-term empty homes in the council area.
            (2) The number of second homes in the council area.

            Yours faithfully,
            A. Requester

            Dear A. Requester,
            Thank you for your email. You will receive a response within twenty working days.
            Yours sincerely,
            FOI Team

            Dear A. Requester,
            Thank you for your request below.
            Q1 - There are 1,100 long-term empty homes.
            Q2 - We do not hold this information.
            Yours sincerely,
            FOI Team
            """, "thread.txt");

        Assert.Equal([("1", "There are 1,100 long-term empty homes."), ("2", "We do not hold this information.")], letter.Pairs.Select(p => (p.Number!, p.Answer)));
        Assert.Equal("Leeds City Council", letter.Authority);
    }

    [Fact]
    public void Parse_BulletedQuestionsAnsweredByNumber_NumbersTheQuestionsInOrder()
    {
        var letter = _parser.Parse("Our ref: FOI-70688433\nRequest:\nMy questions are the following:\n- How many CCTV cameras are operated by the council\n- I'd like a list of their locations.\n- How many staff monitor the cameras?\nResponse:\nQ1 - 96\nQ2 -\nThe locations are exempt under S31(1)(a) of the Freedom of Information Act.\nQ3 - 12 staff.", "x.txt");

        Assert.Equal(["1", "2", "3"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("How many CCTV cameras are operated by the council", letter.Pairs[0].Question);
        Assert.Equal([Outcome.Answered, Outcome.Refused, Outcome.Answered], letter.Pairs.Select(p => p.Outcome));
    }

    [Fact]
    public void Parse_SignatureBlockAboveTheLetter_IsNotTakenForTheSubject()
    {
        var letter = _parser.Parse("Jane Smith\nInformation Governance Officer\nTown Hall\nMarket Street\nBury BL9 0SW\n\nOur Ref: FOI/12345\nDate: 19 August 2016\n\nDear Mr Jones\n\nFreedom of Information Request - Street Lighting Contracts\n\nThank you for your request received on 1 August 2016 in which you asked for the following information:\n\n1. How many street lights does the council maintain?\n\nResponse\n\n1. The council maintains 12,400 street lights.\n\nYours sincerely", "x.txt");

        Assert.Equal("Street Lighting Contracts", letter.Subject);
        Assert.Equal(new DateOnly(2016, 8, 19), letter.ResponseDate);
        Assert.Equal(new DateOnly(2016, 8, 1), letter.ReceivedDate);
        Assert.Equal("Bury Council", letter.Authority);
    }

    [Theory]
    [InlineData("Thank you for your request for information, which was received on 19 September 2014. You requested:")]
    [InlineData("Thank you for your email of 27 May 2015 in which you asked for the following information from the Ministry of Justice (MoJ):")]
    [InlineData("Your request on 12 January 2012 was for:")]
    public void Parse_ProseLetterWithARequestOpener_TakesTheNextParagraphAsTheQuestion(string opener)
    {
        var letter = _parser.Parse($"Our ref: 2014/0062095\n\nDear Ms Nicholson,\n\n{opener}\n\nPlease provide copies of correspondence about home education.\n\nI have dealt with your request under the Freedom of Information Act 2000.\n\nThe Department does not hold any such correspondence.", "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("Please provide copies of correspondence about home education.", pair.Question);
        Assert.Equal("The Department does not hold any such correspondence.", pair.Answer);
        Assert.Equal(Outcome.NotHeld, pair.Outcome);
    }

    [Theory]
    [InlineData("Hampshire Hospitals Charity", null)]
    [InlineData("Hampshire Hospitals NHS Foundation Trust", "Hampshire Hospitals NHS Foundation Trust")]
    public void Parse_PlaceNameInsideAnotherBodysName_DoesNotMakeThePlacesCouncilTheAuthor(string letterhead, string? expected)
    {
        var trust = _parser.Parse(letterhead + "\nRef: FOI 7981\nDear Mr Jameson,\nThank you for your request in which you asked for the number of subject access requests received in 2011.\nThe Trust received 1105 subject access requests in 2011.", "x.txt");

        // A body the catalog lacks is no author; one it has is itself, never the council of the place in its name.
        Assert.Equal(expected, trust.Authority);
        Assert.Equal(["FOI 7981"], trust.References);
        Assert.Null(trust.Subject);
    }

    [Fact]
    public void Parse_ProcedureThenAnswerOnOneLine_KeepsTheAnswer()
    {
        var letter = _parser.Parse("06 March 2023\nYour request\nPlease provide the consultee comments for application 22/02489/FUL.\nOur response\nWe have considered your request under the Environmental Information Regulations 2004. The consultee comments are attached.", "x.txt");

        Assert.Equal("The consultee comments are attached.", Assert.Single(letter.Pairs).Answer);
        Assert.Equal(AccessLaw.Eir, letter.Law);
    }

    [Theory]
    [InlineData("Ref. No.: FOI 798", "FOI 798")]
    [InlineData("Freedom of information request reference no: 01.FOI.23.029569", "01.FOI.23.029569")]
    [InlineData("Our Ref: FOI 19 1413", "FOI 19 1413")]
    public void Parse_MoreReferenceForms_AreFoundAndNeverTakenForTheSubject(string header, string expected)
    {
        var letter = _parser.Parse(header + "\nRequest:\n1. How many?\nResponse:\n1. Four.", "x.txt");

        Assert.Equal(expected, letter.Reference);
        Assert.Null(letter.Subject);
    }

    [Theory]
    [InlineData("Mr James Kemp\nT 01908 782405 E foi@example.org\n24 February 2016\nDear Mr Kemp\nCornwall resignalling scheme\nThank you for your request.\nRequest:\n1. What options were studied?\nResponse:\n1. Three options.", "Cornwall resignalling scheme")]
    [InlineData("Freedom of information response\nRoad Maintenance\nPublication date:\nMonday 3 December 2018\nRequest:\n1) Number of potholes repaired.\nResponse:\n1) 4,200.", "Road Maintenance")]
    [InlineData("University Disclosure Log\nRequest:\n1. How many?\nResponse:\n1. Four.", null)]
    [InlineData("Freedom of Information Request Reference N o: FOI 004163-18\nRequest:\n1. How many?\nResponse:\n1. Four.", null)]
    public void Parse_PageHeadings_GiveTheSubjectOnlyWhenTheyNameIt(string text, string? expected)
    {
        Assert.Equal(expected, _parser.Parse(text, "x.txt").Subject);
    }

    [Fact]
    public void Parse_StackedLetterheadLabels_TakeTheLettersDateNotTheRequestersReference()
    {
        var letter = _parser.Parse("Driver and Vehicle Licensing Agency\nLongview Road\nSwansea\nSA6 7JL\nYour Ref\n9 February 2010\nOur Ref\nFOIR 1817/10\nDate:\n11 February 2010\nDear Mr Adams,\nFreedom of information request\nThank you for your e-mail of 9 February 2010 asking how many classic cars are licensed.\nThere are 4,512 licensed classic cars.\nYours sincerely,", "x.txt");

        Assert.Equal(new DateOnly(2010, 2, 11), letter.ResponseDate);
        Assert.Equal(new DateOnly(2010, 2, 9), letter.ReceivedDate);
        Assert.Equal(["FOIR 1817/10"], letter.References);
        Assert.Null(letter.Subject);
        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("how many classic cars are licensed", pair.Question);
        Assert.Equal("There are 4,512 licensed classic cars.", pair.Answer);
    }

    [Fact]
    public void Parse_RequestAndAnswerLabelsOnTheirOwnLines_PairTheLinesBelowThem()
    {
        var letter = _parser.Parse("Request: FOI/13384\nSubject: Complaints against the Anti Corruption Unit\nYour request for information has now been considered.\nRequest 1\nDoes the force have a policy on this?\nAnswer 1\nThe force does not hold this information.\nRequest 2\nHow many complaints were made?\nAnswer 2\n14 complaints.", "x.txt");

        Assert.Equal(["FOI/13384"], letter.References);
        Assert.Equal("Complaints against the Anti Corruption Unit", letter.Subject);
        Assert.Equal([("1", "Does the force have a policy on this?", Outcome.NotHeld), ("2", "How many complaints were made?", Outcome.Answered)],
            letter.Pairs.Select(p => (p.Number!, p.Question, p.Outcome)));
    }

    [Fact]
    public void Parse_Section21Reply_IsPublishedElsewhereWithTheRequestFromTheAcknowledgement()
    {
        var letter = _parser.Parse("Department for Transport\nOur ref: FOI 12/345\nDate: 5 May 2015\nDear Mr Smith,\nI refer to your request for information about vehicle numbers. Your request was received on 17 April 2015 and I am dealing with it under the terms of the Freedom of Information Act 2000.\nUnder section 21 of the Act, we are not required to provide information which is already reasonably accessible to you. The information you requested is available on the Department's website.\nYours sincerely,", "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("vehicle numbers", pair.Question);
        Assert.Equal(Outcome.PublishedElsewhere, pair.Outcome);
        Assert.Equal(new DateOnly(2015, 4, 17), letter.ReceivedDate);
    }

    [Fact]
    public void Parse_LinkToAnotherBodysSiteInTheAnswer_DoesNotMakeItTheAuthor()
    {
        var letter = _parser.Parse("Scottish Government\nFOI reference: FOI/18/00569\nRequest:\n1. Total requests received in 2017.\nResponse:\n1. This information is published and is available from:\nhttp://www.parliament.scot/business/28877.aspx\nhttp://www.parliament.scot/business/28878.aspx", "x.txt");

        Assert.Equal("Scottish Government", letter.Authority);
    }

    [Theory]
    [InlineData("RE: FREEDOM OF INFORMATION ACT 2000 REQUEST")]
    [InlineData("NUH 23975")]
    [InlineData("Re: Freedom of Information Act (FOIA) 2000: Request for information")]
    [InlineData("Strategic Director for City Management:\nLeith Penny\nDate: 2 April 2013")]
    [InlineData("OurRef: e14778, 14892")]
    [InlineData("Ein Cyf/Our Ref")]
    [InlineData("Please could you answer the following questions about potholes")]
    public void Parse_LawHeadingsAndBareReferences_AreNotSubjects(string heading)
    {
        Assert.Null(_parser.Parse($"{heading}\nRequest:\n1. How many?\nResponse:\n1. Four.", "x.txt").Subject);
    }

    [Fact]
    public void Parse_SlashLabelledPairsWithReviewRightsBetween_KeepEveryPair()
    {
        var letter = _parser.Parse("Information requested:\nQ1 / Please supply your car parking strategy\nA1 / The information you requested is not held by the Trust.\nIf you are unhappy with the response you have received, you may write to:\nThe Information Commissioner's Office,\nWycliffe House, Water Lane, Wilmslow, SK9 5AF.\nQ2 / Please supply the 2025/26 Annual Plan\nA2 / This document will be published in future. Therefore Section 21 & 22 exemptions apply.\nQ3 / How many car parking spaces do you have?\nA3 / There are 2,150 spaces.", "x.txt");

        Assert.Equal([("1", Outcome.NotHeld), ("2", Outcome.Refused), ("3", Outcome.Answered)], letter.Pairs.Select(p => (p.Number!, p.Outcome)));
        Assert.Equal("Please supply your car parking strategy", letter.Pairs[0].Question);
        Assert.Equal(["FOIA s21", "FOIA s22"], letter.Pairs[1].Exemptions);
    }

    [Fact]
    public void Parse_WrappedQuestionsAnsweredInOrder_GivesEachAnswerToItsQuestion()
    {
        var letter = _parser.Parse("Our Ref: IM-FOI-2021-0001 Date: 31st May 2021\nFor ease of reference, your request is replicated below together with the response.\n1. How many police vehicles operating in public in Scotland\nwere involved in collisions in 2020?\n2. How many custody officers were assaulted in 2020\nin the Glasgow division?\nPolice Scotland recorded 1,204 collisions involving police vehicles in 2020.\nIn relation to question 2, I can confirm that the information is not held.", "x.txt");

        Assert.Equal(["IM-FOI-2021-0001"], letter.References);
        Assert.Equal(new DateOnly(2021, 5, 31), letter.ResponseDate);
        Assert.Equal("How many police vehicles operating in public in Scotland were involved in collisions in 2020?", letter.Pairs[0].Question);
        Assert.Equal("Police Scotland recorded 1,204 collisions involving police vehicles in 2020.", letter.Pairs[0].Answer);
        Assert.Equal(Outcome.NotHeld, letter.Pairs[1].Outcome);
    }

    [Fact]
    public void Parse_AcknowledgementOnly_LeavesTheQuestionsUnanswered()
    {
        var letter = _parser.Parse("Our ref: 34994\nDear Ms Lee,\nI confirm receipt of your request for information, which reads:\n1. Total number of potholes reported in 2022\n2. Total number of potholes fixed in 2022\nWe will respond within 20 working days.\nYours sincerely,", "x.txt");

        Assert.All(letter.Pairs, p => Assert.Equal(Outcome.Unanswered, p.Outcome));
        Assert.Equal(Outcome.Unanswered, letter.Outcome);
    }

    [Fact]
    public void Parse_AdviseAsFollows_OpensTheNumberedAnswers()
    {
        var letter = _parser.Parse("Westminster City Council\nOur ref: FOI/10395\n2 April 2013\nYou asked:\n1. How many PCNs were issued by CCTV cars in 2012?\n2. How many CCTV cars does the council pay for each month?\nIn response to your request, I can advise as follows:\n1. The council does not record which vehicle issued a PCN, so this information is not held.\n2. The council pays for 12 vehicles each month.", "x.txt");

        Assert.Equal([("1", Outcome.NotHeld), ("2", Outcome.Answered)], letter.Pairs.Select(p => (p.Number!, p.Outcome)));
        Assert.Equal("How many PCNs were issued by CCTV cars in 2012?", letter.Pairs[0].Question);
    }

    [Fact]
    public void Parse_RequestReferenceLineBeforeTheAnswers_StaysOutOfThem()
    {
        var letter = _parser.Parse("Request:\n1. Location of every fixed CCTV camera.\nResponse:\nFreedom of Information request: FOI-13326\n1. The information is exempt under section 24(1).", "x.txt");

        Assert.Equal(["FOI-13326"], letter.References);
        var pair = Assert.Single(letter.Pairs);
        Assert.Equal("The information is exempt under section 24(1).", pair.Answer);
        Assert.Equal(Outcome.Refused, pair.Outcome);
    }

    [Fact]
    public void Parse_HardWrappedAcknowledgementEmail_IsReadAsOneSentencePerSentenceAndAnswersNothing()
    {
        var letter = _parser.Parse("Dear Mr Lee,\nThank you for your request in which you asked for information regarding CCTV equipped cars in the borough.\nWe are considering your request under the terms of the Freedom of\nInformation Act 2000, and hope to respond within the statutory 20 working\ndays.\nIn some circumstances a fee may be payable and if that is the case, we will\nlet you know the likely charges before proceeding.\nYours sincerely,", "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Equal(Outcome.Unanswered, pair.Outcome);
        Assert.Equal("", pair.Answer);
    }
}
