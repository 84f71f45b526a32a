using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Inline letters (each answer under its question) where the requester's own words stand among the answers: a
/// definition, a follow-on ask, the options of a list, a sentence broken off at a colon.
/// </summary>
public sealed class InlineRequestTextTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_DefinitionAfterTheLastAnswer_BelongsToTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference: FOI-3391
            1. How many officers retired on ill-health grounds?
            2021: 4
            2022: 6
            2. How many of them cited stress?
            2021: 1
            2022: 2
            By ill-health grounds, I mean retirement approved by the occupational health service.
            """, "x.txt");

        Assert.Equal("2021: 1\n2022: 2", letter.Pairs[1].Answer);
        Assert.EndsWith("By ill-health grounds, I mean retirement approved by the occupational health service.", letter.Pairs[1].Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DefinitionAndFollowOnAskBetweenAnswers_StayInTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference: FOI-5120
            1. Licences revoked:
            Hackney carriage: 3
            Where recorded, please state how many were for dishonesty:
            Dishonesty: We do not report on this
            2. Complaints about drivers
            For the purposes of this request, a complaint means any written complaint.
            a) How many complaints were received in 2024: 41
            """, "x.txt");

        Assert.Equal("Licences revoked:\nWhere recorded, please state how many were for dishonesty:", letter.Pairs[0].Question);
        Assert.Equal("Hackney carriage: 3\nDishonesty: We do not report on this", letter.Pairs[0].Answer);
        Assert.Equal(Outcome.Partial, letter.Pairs[0].Outcome);
        var sub = letter.Pairs[1];
        Assert.Equal("2a", sub.Number);
        Assert.StartsWith("Complaints about drivers\nFor the purposes of this request", sub.Question, StringComparison.Ordinal);
        Assert.Equal("41", sub.Answer);
    }

    [Fact]
    public void Parse_QuestionAnnouncingOptions_KeepsTheOptionsInTheQuestion()
    {
        var letter = _parser.Parse("""
            Reference: FOI-7781
            1. How many library branches are open?
            14
            2. Which of the following services does the library offer?
            Home delivery of books
            Digital lending
            Yes, all of them
            3. Has any branch closed since 2020?
            No
            """, "x.txt");

        var options = letter.Pairs[1];
        Assert.Equal("Which of the following services does the library offer?\nHome delivery of books\nDigital lending", options.Question);
        Assert.Equal("Yes, all of them", options.Answer);
        Assert.Equal(["1", "2", "3"], letter.Pairs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_QuestionBrokenOffAtAColon_KeepsItsLowerCaseContinuation()
    {
        var letter = _parser.Parse("""
            Reference: FOI-2290
            1. What herbicides are used?
            None.
            2. I understand that the council must ensure that:
            all precautions are taken to protect the public;
            and use near schools is kept as low as possible
            """, "x.txt");

        var second = letter.Pairs[1];
        Assert.Equal("I understand that the council must ensure that:\nall precautions are taken to protect the public;\nand use near schools is kept as low as possible", second.Question);
        Assert.Equal(Outcome.Unanswered, second.Outcome);
    }

    [Theory]
    [InlineData("1. How many fines were issued in each year above? [2022, 2023] Figures are by financial year.", "How many fines were issued in each year above? [2022, 2023]", "Figures are by financial year.")]
    [InlineData("1. Do you have a parking strategy? If so, please provide a copy. Please see attached strategy", "Do you have a parking strategy? If so, please provide a copy.", "Please see attached strategy")]
    [InlineData("1. Do you have a parking strategy? If so, please provide a copy.", "Do you have a parking strategy? If so, please provide a copy.", "")]
    public void Parse_AnswerOnTheQuestionsLine_SplitsWhereTheRequestersWordsEnd(string line, string question, string answer)
    {
        var pair = Assert.Single(_parser.Parse("Reference: FOI-4410\n" + line, "x.txt").Pairs);

        Assert.Equal(question, pair.Question);
        Assert.Equal(answer, pair.Answer);
    }
}
