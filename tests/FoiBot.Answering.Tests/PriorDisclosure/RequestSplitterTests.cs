using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Answering.Tests.PriorDisclosure;

public sealed class RequestSplitterTests
{
    [Fact]
    public void Split_InlineNumberedQuestions_GivesEachQuestion()
    {
        var questions = RequestSplitter.Split("1. Does the council use facial recognition? 2. How many CCTV cameras do you operate?");

        Assert.Equal(["Does the council use facial recognition?", "How many CCTV cameras do you operate?"], questions);
    }

    [Fact]
    public void Split_LetterWithGreetingPreambleListAndSignOff_GivesOnlyTheItems()
    {
        const string request = """
            Dear Barnet Council,

            Under the Freedom of Information Act 2000 please provide the following information:

            1) The number of public toilets you maintain.
            2) The annual cost of cleaning them
               in each of the last three years.

            Yours faithfully,
            A. Requester
            """;

        var questions = RequestSplitter.Split(request);

        Assert.Equal(["The number of public toilets you maintain.", "The annual cost of cleaning them in each of the last three years."], questions);
    }

    [Theory]
    [InlineData("Q1: How many potholes were reported?\nQ2: How many were repaired?")]
    [InlineData("Question 1 How many potholes were reported?\nQuestion 2 How many were repaired?")]
    [InlineData("- How many potholes were reported?\n- How many were repaired?")]
    [InlineData("\u2022 How many potholes were reported?\n\u2022 How many were repaired?")]
    [InlineData("(a) How many potholes were reported?\n(b) How many were repaired?")]
    [InlineData("How many potholes were reported?\n\nHow many were repaired?")]
    [InlineData("I would like to know how many potholes were reported? Also, how many were repaired?")]
    public void Split_CommonListStyles_GivesTwoQuestions(string request)
    {
        var questions = RequestSplitter.Split(request);

        Assert.Equal(2, questions.Count);
        Assert.Contains("potholes were reported?", questions[0], StringComparison.Ordinal);
        Assert.EndsWith("were repaired?", questions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_AmountsAndDatesInsideAQuestion_AreNotItemMarkers()
    {
        var questions = RequestSplitter.Split("How much did the council spend on consultants in 2023, e.g. over £1.5 million?");

        Assert.Single(questions);
    }

    [Theory]
    [InlineData("Thanks")]
    [InlineData("Many thanks,\nSam")]
    [InlineData("Best wishes")]
    [InlineData("Kind regards")]
    public void Split_SignOffAfterTheLastItem_IsNotPartOfIt(string signOff)
    {
        var questions = RequestSplitter.Split($"Hello,\n1. How many potholes were reported?\n2. How many were repaired?\n{signOff}");

        Assert.Equal(["How many potholes were reported?", "How many were repaired?"], questions);
    }

    [Fact]
    public void Split_OnlyAGreeting_GivesNothing()
    {
        Assert.Empty(RequestSplitter.Split("Dear Sir or Madam,\n\nKind regards,\nMe"));
    }
}
