using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// A page saved from WhatDoTheyKnow keeps the status line the site heads the request with; it is the request's
/// published outcome, and often the only one a saved page shows.
/// </summary>
public sealed class PublishedStatusTests
{
    private const string Thread = """
        Surrey: fees for residential care for younger adults

        {0}

        Dear Surrey County Council,

        Please tell me the fees currently paid for residential care, per resident per week.

        Yours faithfully,
        Doug Paulley
        """;

    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("The request was refused by Surrey County Council.", Outcome.Refused)]
    [InlineData("The request was partially successful.", Outcome.Partial)]
    [InlineData("The request was successful.", Outcome.Answered)]
    [InlineData("Surrey County Council did not have the information requested.", Outcome.NotHeld)]
    public void Parse_PageHeadedByAStatus_KeepsItAsThePublishedOutcome(string line, Outcome outcome)
    {
        var letter = _parser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Thread, line), "surrey-fees.txt");

        Assert.Equal(new PublishedStatus(outcome, line), letter.Status);
    }

    [Theory]
    [InlineData("Awaiting classification.")]
    [InlineData("Response to this request is long overdue.")]
    public void Parse_StatusStillOpen_IsNoOutcome(string line)
    {
        var letter = _parser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, Thread, line), "surrey-fees.txt");

        Assert.Null(letter.Status);
    }

    [Fact]
    public void Parse_StatusQuotedDeepInALetter_IsNotThePagesOwn()
    {
        var text = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"Paragraph {i} of a long response about residential care fees."))
            + "\nThe request was refused by Surrey County Council.";

        Assert.Null(_parser.Parse(text, "surrey-fees.txt").Status);
    }
}
