using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Page numbers, protective markings and site banners (cookie notices, exit buttons, beta labels) that converted text keeps between paragraphs are never part of an answer.</summary>
public sealed class PageFurnitureTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("Page 2 of 3")]
    [InlineData("Page 2")]
    [InlineData("page 2/3")]
    [InlineData("OFFICIAL")]
    [InlineData("OFFICIAL - SENSITIVE")]
    [InlineData("NOT PROTECTIVELY MARKED")]
    [InlineData("Freedom of Information")]
    [InlineData("Contact")]
    [InlineData("Comments")]
    [InlineData("Contact us if you have a question about parking services.")]
    [InlineData("The content on this page is the responsibility of the parking team.")]
    [InlineData("You can manage your preferences and cookie settings at any time by clicking on “Customise Cookies” below. For more information on how we use cookies, please see our Cookies notice.")]
    [InlineData("Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.")]
    [InlineData("Sorry, there was a technical problem. Please try again.")]
    [InlineData("This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few weeks.")]
    [InlineData("Quickly exit this site by pressing the Escape key Leave this site")]
    public void Parse_FurnitureBetweenAnswers_LeavesAnswersAndOutcomesAlone(string furniture)
    {
        var letter = _parser.Parse($"""
            Our ref: FOI-8812
            Date: 3 March 2025
            Request:
            1. How many drones does the council own?
            2. How much was spent on drone training?
            Response:
            1. The council does not hold this information.
            {furniture}
            2. Compliance would exceed the appropriate limit under section 12.
            {furniture}
            """, "x.txt");

        Assert.Equal([Outcome.NotHeld, Outcome.Refused], letter.Pairs.Select(p => p.Outcome));
        Assert.All(letter.Pairs, p => Assert.DoesNotContain(furniture, p.Answer, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_PageWordsInsideASentence_AreKept()
    {
        var letter = _parser.Parse("""
            Our ref: FOI-8813
            Request:
            1. Where is the drone policy published?
            Response:
            1. The policy is on page 2 of the council's website.
            """, "x.txt");

        Assert.Contains("page 2 of the council's website", letter.Pairs.Single().Answer);
    }
}
