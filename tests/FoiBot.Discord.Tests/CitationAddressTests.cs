using FoiBot.Core;
using FoiBot.Discord.Bot;

namespace FoiBot.Discord.Tests;

/// <summary>A cited letter's public address is shown under its quote in the embed, and only when it is a web address.</summary>
public sealed class CitationAddressTests
{
    private static Citation Cited(string? address) => new()
    {
        Ref = "FOI-1",
        Authority = "London Borough of Barnet",
        Question = "q",
        Quote = "We do not use facial recognition.",
        Source = "a.txt",
        SourceAddress = address,
    };

    [Fact]
    public void CitationFields_LetterWithWebAddress_ShowsItUnderTheQuote()
    {
        var field = Assert.Single(AnswerMessages.CitationFields(Cited("https://www.whatdotheyknow.com/request/cctv#incoming-7")));

        Assert.Equal("> We do not use facial recognition.\n<https://www.whatdotheyknow.com/request/cctv#incoming-7>", field.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert(1)")]
    [InlineData("folder/letter.pdf")]
    public void CitationFields_NoWebAddress_QuoteOnly(string? address)
    {
        var field = Assert.Single(AnswerMessages.CitationFields(Cited(address)));

        Assert.Equal("> We do not use facial recognition.", field.Value);
    }
}
