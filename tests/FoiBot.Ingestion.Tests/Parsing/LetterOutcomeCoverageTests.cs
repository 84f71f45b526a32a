using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// The outcomes and exemptions a letter can carry, each as a structured value: the FOIA sections, the EIR
/// exceptions and the Scottish sections authorities cite most; plus the authority named by any of its aliases.
/// </summary>
public sealed class LetterOutcomeCoverageTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_FoiaRefusals_GiveEachAnswersOutcomeAndSections()
    {
        var letter = _parser.Parse("""
            Our ref: FOI-7001
            Request:
            1. Every email you sent me about the bypass?
            2. The draft audit report?
            3. The depot site plans?
            4. The fraud investigation file?
            5. Names of the staff and the supplier's letters?
            6. The legal advice and the contract prices?
            7. The annual accounts?
            8. Every invoice since 2010?
            Response:
            1. The request is refused under section 14(1) of the Freedom of Information Act 2000 as vexatious.
            2. The report will be published next month and is exempt under section 22.
            3. The site plans are withheld under section 24(1) (national security) and section 38(1)(a) (health and safety).
            4. The investigation file is exempt under sections 30(1)(a) and 31(1)(b).
            5. Names of junior staff are withheld under section 40(2); the supplier's letters were provided in confidence and are exempt under section 41.
            6. Legal advice is withheld under section 42 (legal professional privilege) and pricing under section 43(2).
            7. The accounts are already published and are exempt under section 21. They can be found on our website.
            8. Compliance would exceed the appropriate limit under section 12.
            """, "x.txt");

        Assert.Equal(
            [["FOIA s14(1)"], ["FOIA s22"], ["FOIA s24(1)", "FOIA s38(1)(a)"], ["FOIA s30(1)(a)", "FOIA s31(1)(b)"], ["FOIA s40(2)", "FOIA s41"], ["FOIA s42", "FOIA s43(2)"], ["FOIA s21"], ["FOIA s12"]],
            letter.Pairs.Select(p => p.Exemptions.ToArray()));
        Assert.Equal(
            [Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.PublishedElsewhere, Outcome.Refused],
            letter.Pairs.Select(p => p.Outcome));
        Assert.Equal(Outcome.Partial, letter.Outcome);
        Assert.Equal(AccessLaw.Foia, letter.Law);
    }

    [Fact]
    public void Parse_EirExceptions_AreRegulationsUnderTheEir()
    {
        var letter = _parser.Parse("""
            Our ref: EIR-0055
            Request:
            1. All air quality readings since 1990?
            2. The tender prices for the incinerator?
            Response:
            1. This request is manifestly unreasonable under Regulation 12(4)(b) of the Environmental Information Regulations 2004.
            2. The tender prices are withheld under Regulation 12(5)(e) (confidentiality of commercial information).
            """, "x.txt");

        Assert.Equal(AccessLaw.Eir, letter.Law);
        Assert.Equal([["EIR reg 12(4)(b)"], ["EIR reg 12(5)(e)"]], letter.Pairs.Select(p => p.Exemptions.ToArray()));
        Assert.Equal(Outcome.Refused, letter.Outcome);
    }

    [Fact]
    public void Parse_ScottishSectionsAndNotHeld_AreFoisaValues()
    {
        var letter = _parser.Parse("""
            Request 101009000001
            1. The minutes of the budget working group?
            2. The tender scores?
            3. The number of complaints about the ferry in 2010?
            Response 05-05-2025
            1. The minutes are exempt under section 30(c) of the Freedom of Information (Scotland) Act 2002.
            2. Disclosure would prejudice commercial interests and is exempt under section 33(1)(b) of FOISA.
            3. This information is not held. Under section 17 of the Freedom of Information (Scotland) Act 2002 we are giving notice that it is not held.
            """, "x.txt");

        Assert.Equal(AccessLaw.Foisa, letter.Law);
        Assert.Equal([["FOISA s30(c)"], ["FOISA s33(1)(b)"], ["FOISA s17"]], letter.Pairs.Select(p => p.Exemptions.ToArray()));
        Assert.Equal([Outcome.Refused, Outcome.Refused, Outcome.NotHeld], letter.Pairs.Select(p => p.Outcome));
        Assert.Equal(Outcome.Refused, letter.Outcome);
    }

    [Theory]
    [InlineData("LB of Barnet")]
    [InlineData("London Borough of Barnet")]
    [InlineData("Barnet Council")]
    public void Parse_AuthorityNamedByAnAlias_GivesTheCanonicalName(string letterhead)
    {
        var letter = _parser.Parse($"{letterhead}\nOur ref: 1234567\n16 January 2026\n\nRequest:\n1. How many parking wardens?\nResponse:\n1. Forty.", "x.txt");

        Assert.Equal("London Borough of Barnet", letter.Authority);
    }

    [Fact]
    public void Parse_TwoNumberedListsInOneInlineLetter_KeepEachListsNumbersAndAnswers()
    {
        var letter = _parser.Parse("""
            Request ID
            30555

            Libraries:

            1. How many libraries are open?
            14

            2. How many volunteers work in them?
            We do not hold this information.

            Leisure centres:

            1. How many leisure centres are open?
            5

            2. What was the subsidy in 2024/25?
            £1.2m
            """, "x.txt");

        Assert.Equal(["1", "2", "1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal(["14", "We do not hold this information.", "5", "£1.2m"], letter.Pairs.Select(p => p.Answer));
        Assert.Equal(Outcome.Partial, letter.Outcome);
    }

    [Fact]
    public void Parse_PipeTableAnsweringEveryQuestion_GivesEachAnswerTheHeaderAndItsOwnRow()
    {
        var letter = _parser.Parse("""
            Request 2024118
            1. Number of complaints
            2. Number of payouts
            Response 30-07-2024
            Question | 2022 | 2023 |
            1. | 58 | 20 |
            2. | 12 | 7 |
            """, "x.txt");

        Assert.Equal(["Question | 2022 | 2023 |\n| 58 | 20 |", "Question | 2022 | 2023 |\n| 12 | 7 |"], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_RowOfYearsAboveNumberedAnswers_LabelsEveryAnswersColumns()
    {
        var letter = _parser.Parse("""
            Request 2024119
            1. Income from parking meters
            2. Income from permits
            Response 19-07-2022
            2020/21 2021/22
            1 Meters: 66,128 754,470
            2 Permits: 8,746 28,657
            """, "x.txt");

        Assert.Equal(["2020/21 2021/22\nMeters: 66,128 754,470", "2020/21 2021/22\nPermits: 8,746 28,657"], letter.Pairs.Select(p => p.Answer));
    }

    [Fact]
    public void Parse_QuestionsAndAnswersBothFlattenedToRepeatedOnes_PairInOrder()
    {
        var letter = _parser.Parse("Our ref: FOI-0101\nRequest:\n1. How many gritters does the council run?\n1. How much salt was used last winter?\nResponse:\n1. 22 gritters.\n1. 9,000 tonnes.", "x.txt");

        Assert.Equal([("1", "22 gritters."), ("2", "9,000 tonnes.")], letter.Pairs.Select(p => (p.Number!, p.Answer)));
    }
}
