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
}
