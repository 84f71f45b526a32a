using FoiBot.Core.Authorities;

namespace FoiBot.Answering.Tests;

public sealed class QuestionReaderTests
{
    private readonly QuestionReader _reader = new(AuthorityCatalog.Default, []);

    [Theory]
    [InlineData("Does Essex use drones?", "Essex County Council")]
    [InlineData("How many false alarms did Essex fire service attend?", "Essex County Fire and Rescue Service")]
    [InlineData("Does Kent police use drones?", "Kent Police")]
    [InlineData("Does Durham police use facial recognition?", "Durham Constabulary")]
    [InlineData("Does LB of Barnet use facial recognition?", "London Borough of Barnet")]
    [InlineData("How long do patients wait at Chester hospital?", "Countess of Chester Hospital NHS Foundation Trust")]
    [InlineData("How many staff does the Chester university employ?", "University of Chester")]
    [InlineData("How much did Gloucestershire Health and Care spend on interpreters?", "Gloucestershire Health and Care NHS Foundation Trust")]
    [InlineData("Why did Hinckley & Bosworth council turn down the request?", "Hinckley and Bosworth Borough Council")]
    [InlineData("Does Nottingham University Hospitals hold a workforce strategy?", "Nottingham University Hospitals NHS Trust")]
    [InlineData("How many students does Nottingham University have?", "University of Nottingham")]
    public void Read_AuthorityInTheQuestion_IsResolvedToItsCanonicalName(string question, string expected) =>
        Assert.Equal([expected], _reader.Read(question).Authorities);

    [Fact]
    public void Read_Question_TakesTheAuthorityOutOfTheTopicAndKeepsReferences()
    {
        var parsed = _reader.Read("What did Barnet say in 16336160 about facial recognition?");

        Assert.DoesNotContain("Barnet", parsed.Topic, StringComparison.Ordinal);
        Assert.Equal(["16336160"], parsed.References);
    }

    [Theory]
    [InlineData("What was decided on FOI/057138/19 about library closures?", "FOI/057138/19")]
    [InlineData("What was the response to FOI-2860-2223?", "FOI-2860-2223")]
    [InlineData("What did FOI352248676 say?", "FOI352248676")]
    public void Read_ReferenceAsWritten_IsKeptWhole(string question, string expected) =>
        Assert.Equal([expected], _reader.Read(question).References);

    [Fact]
    public void Read_UnknownCouncil_IsReportedAsUnknownNotIgnored()
    {
        var parsed = _reader.Read("Does Narnia Borough Council use drones?");

        Assert.Empty(parsed.Authorities);
        Assert.Equal("Narnia Borough Council", parsed.UnknownAuthority);
    }

    [Fact]
    public void Read_LowerCaseNameOfAnAuthorityWithLetters_IsRecognised()
    {
        var reader = new QuestionReader(AuthorityCatalog.Default, ["Wokingham Borough Council"]);

        var parsed = reader.Read("how many wokingham council houses have got damp");

        Assert.Equal(["Wokingham Borough Council"], parsed.Authorities);
        Assert.DoesNotContain("wokingham", parsed.Topic, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LowerCaseWordThatNamesAnAuthorityWithoutLetters_IsNotTakenForIt()
    {
        var parsed = _reader.Read("how many people are reading the bath report");

        Assert.Empty(parsed.Authorities);
    }

    [Fact]
    public void Read_PossessiveName_LeavesNoStrayLetterInTheTopic()
    {
        var parsed = _reader.Read("Are any of Barnet's CCTV cameras made in China?");

        Assert.DoesNotContain("'s", parsed.Topic, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bs\b", parsed.Topic);
    }

    [Theory]
    [InlineData("What is the latest Barnet has said about CCTV?", true, false)]
    [InlineData("Does Barnet still use facial recognition?", true, false)]
    [InlineData("Has Barnet changed its position on facial recognition?", false, true)]
    [InlineData("Does Barnet use facial recognition?", false, false)]
    public void Read_TimeWords_SetTheScopeAndLeaveTheTopic(string question, bool newestOnly, bool asksForChange)
    {
        var parsed = _reader.Read(question);

        Assert.Equal(newestOnly, parsed.Time.NewestOnly);
        Assert.Equal(asksForChange, parsed.Time.AsksForChange);
        Assert.DoesNotContain("latest", parsed.Topic, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position", parsed.Topic, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_SinceAYear_ScopesLetterDatesAndKeepsDataYearsAsTopic()
    {
        var since = _reader.Read("Since 2020 has Moray been asked about RAAC?");
        var data = _reader.Read("How many pothole claims were made to Moray in 2013/2014?");

        Assert.Equal(new DateOnly(2020, 1, 1), since.Time.From);
        Assert.True(since.Time.Admits(new DateOnly(2023, 5, 1)));
        Assert.False(since.Time.Admits(new DateOnly(2019, 12, 31)));
        Assert.True(since.Time.Admits(null));
        Assert.DoesNotContain("2020", since.Topic, StringComparison.Ordinal);
        Assert.Null(data.Time.From);
        Assert.Equal(["2013", "2014"], data.Years);
    }

    [Theory]
    [InlineData("Why won't TfL say where the ULEZ cameras are?", true)]
    [InlineData("What was withheld from the Growth Deal emails?", true)]
    [InlineData("Which parts were refused as too costly?", true)]
    [InlineData("How many ULEZ cameras are there?", false)]
    public void Read_RefusalWords_AreNoticed(string question, bool expected) =>
        Assert.Equal(expected, _reader.Read(question).AsksAboutRefusal);
}
