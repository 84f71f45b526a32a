using FoiBot.Core;

namespace FoiBot.Evaluation.Tests;

/// <summary>Each check of a pair record against hand-built parsed letters.</summary>
public sealed class PairCheckTests
{
    private static readonly Disclosure s_letter = new()
    {
        Source = "corpus/leeds-anpr.txt",
        Authority = "Leeds City Council",
        References = ["FOI 12345", "FOI 12346"],
        ResponseDate = new DateOnly(2024, 4, 12),
        Pairs =
        [
            new QaPair { Question = "Does the council use ANPR cameras?", Answer = "Yes. The council operates 12 ANPR cameras in bus lanes." },
            new QaPair { Question = "How many penalty charge notices did the council issue in 2023?", Answer = "The council issued\n29,106 penalty charge notices in 2023." },
            new QaPair { Question = "", Answer = "We also publish our camera locations online." },
        ],
    };

    [Fact]
    public void Judge_EveryPairFoundWithItsQuestion_IsMateriallyRight()
    {
        var result = Judge(Pair("does the council use ANPR", "operates 12 anpr cameras"), Pair("How many penalty  charge notices", "29,106 penalty charge notices"), Pair(null, "camera locations online"));

        Assert.True(result.PairsRight);
        Assert.Equal((3, 3), (result.PairsFound, result.PairsExpected));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Judge_AnswerPhraseInNoParsedAnswer_FailsNamingThePair()
    {
        var result = Judge(Pair("ANPR cameras?", "operates 12 ANPR cameras"), Pair("penalty charge notices did", "29,107"));

        Assert.False(result.PairsRight);
        Assert.Equal(1, result.PairsFound);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("pairs", "pair 2: an answer holding \"29,107\"", "no parsed answer holds it"), (failure.Check, failure.Expected, failure.Got));
    }

    [Fact]
    public void Judge_AnswerUnderAnotherQuestion_FailsShowingTheQuestionParsed()
    {
        var result = Judge(Pair("How many penalty charge notices did", "operates 12 ANPR cameras"));

        Assert.False(result.PairsRight);
        Assert.Equal("question \"Does the council use ANPR cameras?\"", Assert.Single(result.Failures).Got);
    }

    [Fact]
    public void Judge_NullQuestion_NeedsTheAnswerParsedWithNoQuestion()
    {
        Assert.True(Judge(Pair(null, "camera locations online")).PairsRight);
        Assert.False(Judge(Pair(null, "operates 12 ANPR cameras")).PairsRight);
    }

    [Fact]
    public void Judge_RecordedQuestionInsideAParsedAnswer_IsAGluedQuestion()
    {
        var glued = s_letter with
        {
            Pairs = [new QaPair { Question = "Does the council use ANPR cameras?", Answer = "Yes. 2. How many penalty charge notices did the council issue in 2023? 29,106." }],
        };

        var result = PairCheck.Judge(Record(Pair("use ANPR cameras", "Yes."), Pair("How many penalty charge notices did", null)), [glued]);

        Assert.False(result.PairsRight);
        Assert.Equal((1, 1), (result.PairsFound, result.PairsExpected));
        Assert.StartsWith("in the answer of parsed pair 1:", Assert.Single(result.Failures).Got, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_SkippedLetter_FailsEveryRecordedCheckInOneLine()
    {
        var result = PairCheck.Judge(Record(Pair(null, "milk")) with { Authority = "Leeds City Council", Ref = "1", Date = "2024" }, [], "no FOI request or response found in the text");

        Assert.False(result.PairsRight);
        Assert.Equal((AuthorityMatch.None, false, false), (result.Authority!.Value, result.RefRight!.Value, result.DateRight!.Value));
        Assert.Equal("skipped: no FOI request or response found in the text", Assert.Single(result.Failures).Got);
    }

    [Theory]
    [InlineData("Leeds City Council", AuthorityMatch.Right)]
    [InlineData("The Leeds City Council.", AuthorityMatch.Right)]
    [InlineData("LEEDS  CITY  COUNCIL", AuthorityMatch.Right)]
    [InlineData("West Yorkshire Police", AuthorityMatch.ThirdParty)]
    public void Judge_Authority_IsRightAfterNormalisingElseThirdParty(string expected, AuthorityMatch match)
    {
        Assert.Equal(match, PairCheck.Judge(Record() with { Authority = expected }, [s_letter]).Authority);
    }

    [Fact]
    public void Judge_NoAuthorityParsed_IsNone()
    {
        var result = PairCheck.Judge(Record() with { Authority = "Leeds City Council" }, [s_letter with { Authority = null }]);

        Assert.Equal(AuthorityMatch.None, result.Authority);
        Assert.Equal(("authority", "Leeds City Council", "none"), (result.Failures[0].Check, result.Failures[0].Expected, result.Failures[0].Got));
    }

    [Theory]
    [InlineData("foi 12345", true)]
    [InlineData("FOI 12346", false)]
    public void Judge_Reference_IsTheLettersOwnIgnoringCase(string expected, bool right)
    {
        Assert.Equal(right, PairCheck.Judge(Record() with { Ref = expected }, [s_letter]).RefRight);
    }

    [Theory]
    [InlineData("2024-04-12", true)]
    [InlineData("2024-04", true)]
    [InlineData("2024", true)]
    [InlineData("2024-04-11", false)]
    [InlineData("2024-03", false)]
    public void Judge_Date_IsComparedAtTheRecordsPrecision(string expected, bool right)
    {
        Assert.Equal(right, PairCheck.Judge(Record() with { Date = expected }, [s_letter]).DateRight);
    }

    [Fact]
    public void Judge_UncheckedFields_AreNull()
    {
        var result = PairCheck.Judge(Record(), [s_letter with { ResponseDate = null }]);

        Assert.Null(result.Authority);
        Assert.Null(result.RefRight);
        Assert.Null(result.DateRight);
        Assert.True(result.PairsRight);
    }

    [Theory]
    [InlineData("Borough Council of King's Lynn & West Norfolk", "borough council of kings lynn and west norfolk")]
    [InlineData("The Highland Council", "highland council")]
    [InlineData("Transport for London (TfL)", "transport for london tfl")]
    [InlineData("The", "the")]
    public void Normalise_AuthorityName_FoldsCaseAmpersandLeadingTheAndPunctuation(string name, string expected)
    {
        Assert.Equal(expected, AuthorityNames.Normalise(name));
    }

    [Fact]
    public void Judge_PhrasesCopiedWithTheirListLabel_AreFoundWithoutIt()
    {
        var result = Judge(Pair("2. How many penalty charge notices", "A.2 The council issued"), Pair("(1) Does the council use ANPR", "• Yes. The council operates"));

        Assert.True(result.PairsRight);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Judge_LabelledAnswerUnderAnotherQuestion_StillFails()
    {
        Assert.False(Judge(Pair("1. Does the council use ANPR", "2. The council issued")).PairsRight);
    }

    private static PairLetterResult Judge(params ExpectedPair[] pairs) => PairCheck.Judge(Record(pairs), [s_letter]);

    private static PairRecord Record(params ExpectedPair[] pairs) => new() { File = "leeds-anpr.txt", RecordPath = "pairs/leeds.json", Pairs = pairs };

    private static ExpectedPair Pair(string? q, string? a) => new() { Q = q, A = a };
}
