using static FoiBot.Answering.Tests.OneLetterIndex;

namespace FoiBot.Answering.Tests;

public sealed class QuestionWordsTests
{
    [Fact]
    public void Parse_CommentsAndBlankLines_AreSkippedAndWordsLowerCased()
    {
        var words = QuestionWords.Parse("# a comment with words\nHow many\n\n  tell  me\r\nhow\n");

        Assert.Equal(["how", "many", "tell", "me"], words);
    }

    [Fact]
    public void All_ShippedList_HasTheAskingWordsAndNoTopicWords()
    {
        var words = QuestionWords.All;

        Assert.Contains("how", words);
        Assert.Contains("council", words);
        Assert.DoesNotContain("cctv", words);
        Assert.DoesNotContain("cost", words);
        Assert.DoesNotContain("staff", words);
    }

    [Theory]
    [InlineData("What did Barnet say about its use of informants?")]
    [InlineData("why won't Barnet say how it uses informants")]
    public void Answer_TopicWordTheStemmerFoldsOntoAQuestionWord_StillCounts(string question)
    {
        // "informants" and "information" share the stem "inform"; only the second is a word every question shares.
        using var letter = new OneLetterIndex(Pair("Please provide your policy on the use of informants.", "The use of informants is governed by the Regulation of Investigatory Powers Act."));

        var answer = letter.Engine.Answer(question);

        Assert.False(answer.Abstained);
    }
}
