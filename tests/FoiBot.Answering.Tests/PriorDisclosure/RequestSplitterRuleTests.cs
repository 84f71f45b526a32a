using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Answering.Tests.PriorDisclosure;

/// <summary>One small fixture per splitting rule, each in the layout requesters use.</summary>
public sealed class RequestSplitterRuleTests
{
    [Theory]
    [InlineData("1- How many potholes were reported.\n2- How many were repaired.")]
    [InlineData("1.How many potholes were reported.\n2.How many were repaired.")]
    public void Split_NumberingWrittenWithoutASpaceOrAsDashes_GivesEachQuestion(string request)
    {
        Assert.Equal(["How many potholes were reported.", "How many were repaired."], RequestSplitter.Split(request));
    }

    [Fact]
    public void Split_YearSubListUnderANumberedQuestion_StaysWithIt()
    {
        var questions = RequestSplitter.Split("1. How many fines were issued in:\na) 2022\nb) 2023\nc) 2024\n2. How many were paid?");

        Assert.Equal(["How many fines were issued in: a) 2022 b) 2023 c) 2024", "How many were paid?"], questions);
    }

    [Fact]
    public void Split_YearListUnderAnUnnumberedQuestion_StaysWithIt()
    {
        var questions = RequestSplitter.Split("How many fines were issued in each year?\na) 2022\nb) 2023\nc) 2024");

        Assert.Equal(["How many fines were issued in each year? a) 2022 b) 2023 c) 2024"], questions);
    }

    [Fact]
    public void Split_LetteredAndBulletedSubQuestions_StayUnderTheirParent()
    {
        const string request = "1. Has the council deployed facial recognition?\nIf so:\nA. Which company supplied it?\nB. When was it used?\n2. How many cameras:\n  \u2022 are fixed?\n  \u2022 are mobile?";

        var questions = RequestSplitter.Split(request);

        Assert.Equal(2, questions.Count);
        Assert.Equal("Has the council deployed facial recognition? If so: A. Which company supplied it? B. When was it used?", questions[0]);
        Assert.StartsWith("How many cameras:", questions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_DecimalSubItems_StayUnderTheirParent()
    {
        var questions = RequestSplitter.Split("1. Do you have a parking strategy?\n1.1 If yes, please send it.\n(a) Who wrote it?\n2. Who is in charge of parking?");

        Assert.Equal(["Do you have a parking strategy? 1.1 If yes, please send it. (a) Who wrote it?", "Who is in charge of parking?"], questions);
    }

    [Fact]
    public void Split_UnnumberedLinesEndingInAQuestionMark_AreEachAQuestion()
    {
        const string request = "Facial recognition\n\nDoes the council use facial recognition?\nWhich supplier provides it?\nHow much did it cost?\n\nOutcome / Documents\n\n\u2022 Response (all information to be supplied) - application/pdf - Download";

        var questions = RequestSplitter.Split(request);

        Assert.Equal(["Does the council use facial recognition?", "Which supplier provides it?", "How much did it cost?"], questions);
    }

    [Fact]
    public void Split_PleaseProvideSentences_AreQuestionsAndTheirFollowUpsStayWithThem()
    {
        const string request = "Dear Council,\n\nI am researching road safety. Please provide the number of speed cameras in the borough. If so, please list their locations. Please tell me how much they cost to run. Please confirm whether any are average speed cameras.\n\nYours faithfully,\nSam";

        var questions = RequestSplitter.Split(request);

        Assert.Equal(
            ["Please provide the number of speed cameras in the borough. If so, please list their locations.", "Please tell me how much they cost to run.", "Please confirm whether any are average speed cameras."],
            questions);
    }

    [Fact]
    public void Split_PageFurnitureAndDeadline_AreDropped()
    {
        const string request = "Freedom of Information Request\nParks\nReceived: 3 May 2024\n1. How many parks do you maintain?\n2. How many have toilets?\nPlease respond within 20 working days.\nOutcome / Documents\n\u2022 Response (all information to be supplied) - application/pdf - Download\nRate this page?";

        Assert.Equal(["How many parks do you maintain?", "How many have toilets?"], RequestSplitter.Split(request));
    }

    [Theory]
    [InlineData("If you require any clarification on the above requests, please let me know.")]
    [InlineData("If you are unable to provide all years, please provide what you can.")]
    [InlineData("Please email me the information using an editable spreadsheet.")]
    public void Split_ClosingWordsRightAfterTheLastItem_AreNotPartOfIt(string closing)
    {
        var questions = RequestSplitter.Split($"1. How many parks do you maintain?\n2. How many have toilets\n{closing}\nAll the best,\nSam");

        Assert.Equal(["How many parks do you maintain?", "How many have toilets"], questions);
    }

    [Fact]
    public void Split_SectionTitlesAndColonPreamblesBetweenItems_AreNotPartOfTheItemBefore()
    {
        const string request = "1. How many parking spaces are there?\n\nCar parks\n\n2. How many car parks are there?\n\nFor each car park identified above:\n\n3. What does it charge?";

        Assert.Equal(["How many parking spaces are there?", "How many car parks are there?", "What does it charge?"], RequestSplitter.Split(request));
    }

    [Fact]
    public void Split_FlattenedPageWithGluedNumbersAndSentences_GivesEachQuestion()
    {
        const string request = "I am requesting the following:1. The number of households in temporary accommodation. 2. The number placed outside the borough3. Of those, how many are families?If the information for any question cannot be found, answer the rest.Please email me the information in a spreadsheet.";

        Assert.Equal(
            ["The number of households in temporary accommodation.", "The number placed outside the borough", "Of those, how many are families?"],
            RequestSplitter.Split(request));
    }

    [Fact]
    public void Split_DashListFlattenedOntoOneLine_GivesEachItem()
    {
        var questions = RequestSplitter.Split("Specifically, I request:- Staff costs (salaries)- Payments to contractors- Capital spending");

        Assert.Equal(["Staff costs (salaries)", "Payments to contractors", "Capital spending"], questions);
    }
}
