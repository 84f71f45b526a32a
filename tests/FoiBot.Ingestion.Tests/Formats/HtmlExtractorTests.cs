using System.Text;
using FoiBot.Ingestion.Extraction;

namespace FoiBot.Ingestion.Tests.Formats;

public sealed class HtmlExtractorTests
{
    private static string Text(string html)
    {
        var result = TextExtractors.Default.Extract(Encoding.UTF8.GetBytes(html), "page.html", new ExtractionLimits(), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Problem);
        return Assert.Single(result.Sources).Text;
    }

    [Fact]
    public void Extract_TableOfQuestionsAndAnswers_KeepsEachRowOnOneLine()
    {
        var text = Text("<table><tr><th>Question</th><th>Answer</th></tr><tr><td>1. Do you use <b>CCTV</b>?</td><td>Yes &amp; no</td></tr></table>");

        Assert.Equal("Question | Answer\n1. Do you use CCTV? | Yes & no", text);
    }

    [Fact]
    public void Extract_WidgetsMarkedOnlyByRoleOrTextAndNonBreakingSpaces_AreDroppedAndFolded()
    {
        var text = Text("""
            <div role="navigation"><a>Home</a></div>
            <p>Our ref: FOI-1</p>
            <ul><li>First point</li><li>Second&nbsp;point</li></ul>
            <h3>Rate this page</h3>
            <p>Is this page useful?</p>
            """);

        Assert.Equal("Our ref: FOI-1\n\nFirst point\nSecond point", text);
    }

    [Fact]
    public void Extract_PreformattedBlock_KeepsItsLineBreaks()
    {
        Assert.Equal("a\n  b", Text("<pre>a\n  b</pre>"));
    }

    [Fact]
    public void Extract_NestingJustUnderTheLimit_IsRead()
    {
        var limits = new ExtractionLimits { MaxHtmlDepth = 50 };
        var html = Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(40));

        var result = TextExtractors.Default.Extract(html, "page.html", limits, CancellationToken.None);

        Assert.Equal("Our ref: 1", Assert.Single(result.Sources).Text);
    }
}
