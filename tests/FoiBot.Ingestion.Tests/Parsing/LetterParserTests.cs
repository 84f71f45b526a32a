using FoiBot.Core;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

public sealed class LetterParserTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_PoliceLetterWithResponseSection_ReadsEveryField()
    {
        var letter = _parser.Parse(UnseenLetters.PoliceNumberedResponse, "kent.txt");

        Assert.Equal("Kent Police", letter.Authority);
        Assert.Equal(["FOI 2023/01234"], letter.References);
        Assert.Equal(new DateOnly(2023, 3, 14), letter.ResponseDate);
        Assert.Equal(new DateOnly(2023, 3, 3), letter.ReceivedDate);
        Assert.Equal(AccessLaw.Foia, letter.Law);
        Assert.Equal(2, letter.Pairs.Count);
        Assert.Equal(("1", "Does Kent Police use live facial recognition?", "No. Kent Police does not use live facial recognition.", Outcome.No),
            (letter.Pairs[0].Number, letter.Pairs[0].Question, letter.Pairs[0].Answer, letter.Pairs[0].Outcome));
        Assert.Equal("How many times was it deployed in 2022?", letter.Pairs[1].Question);
        Assert.Equal("Not applicable.", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_QaPairsLayout_SeparatesAnswersAndReadsEachOutcome()
    {
        var letter = _parser.Parse(UnseenLetters.CouncilQaPairs, "leeds.txt");

        Assert.Equal("Leeds City Council", letter.Authority);
        Assert.Equal(["FOI-112233"], letter.References);
        Assert.Equal(new DateOnly(2024, 9, 2), letter.ResponseDate);
        Assert.Equal(new DateOnly(2024, 8, 12), letter.ReceivedDate);
        Assert.Equal(["The council operates 12 public toilets.", "This information is not held by Leeds City Council.", "The contract is exempt under Section 43(2) of the Freedom of Information Act 2000 (commercial interests)."],
            letter.Pairs.Select(p => p.Answer));
        Assert.Equal([Outcome.Answered, Outcome.NotHeld, Outcome.Refused], letter.Pairs.Select(p => p.Outcome));
        Assert.Equal(["FOIA s43(2)"], letter.Pairs[2].Exemptions);
        Assert.Equal(Outcome.Partial, letter.Outcome);
    }

    [Fact]
    public void Parse_RequestResponseLabels_PairsEachRequestWithItsResponse()
    {
        var letter = _parser.Parse(UnseenLetters.CountyRequestResponse, "essex.txt");

        Assert.Equal("Essex County Council", letter.Authority);
        Assert.Equal(["EC-2024-5566"], letter.References);
        Assert.Equal(new DateOnly(2024, 6, 19), letter.ResponseDate);
        Assert.Equal([Outcome.Yes, Outcome.Answered], letter.Pairs.Select(p => p.Outcome));
        Assert.Equal("ANPR data is retained for 30 days.", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_ClosingBoilerplate_IsNeverPartOfAnAnswer()
    {
        foreach (var text in new[] { UnseenLetters.PoliceNumberedResponse, UnseenLetters.CouncilQaPairs, UnseenLetters.CountyRequestResponse })
        {
            var letter = _parser.Parse(text, "letter.txt");
            Assert.All(letter.Pairs, p => Assert.DoesNotContain("internal review", p.Answer, StringComparison.OrdinalIgnoreCase));
            Assert.All(letter.Pairs, p => Assert.DoesNotContain("Yours sincerely", p.Answer, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Our ref: FOI-1091-1718/GH", new[] { "FOI-1091-1718" })]
    [InlineData("Our ref: FOI-2850/2860/2862-2223/GH", new[] { "FOI-2850-2223", "FOI-2860-2223", "FOI-2862-2223" })]
    [InlineData("Our ref: FOI-2850/2860-2223", new[] { "FOI-2850-2223", "FOI-2860-2223" })]
    [InlineData("Request ID: FOI352248676", new[] { "FOI352248676" })]
    [InlineData("Request 101000148084", new[] { "101000148084" })]
    [InlineData("Your ref: ABC12345\nOur ref: 5576276", new[] { "5576276" })]
    [InlineData("We hold 2159 emails and 101000148084 records.", new string[0])]
    public void Parse_References_AreTakenOnlyWhereLabelled(string header, string[] expected)
    {
        var letter = _parser.Parse(header + "\n\n1. Is it held?\n\nResponse\n\n1. Yes.", "x.txt");

        Assert.Equal(expected, letter.References);
    }

    [Theory]
    [InlineData("27 August 2019", 2019, 8, 27)]
    [InlineData("30th December 2024", 2024, 12, 30)]
    [InlineData("Tue 16 August 2019", 2019, 8, 16)]
    [InlineData("06-04-2017", 2017, 4, 6)]
    [InlineData("Responded Tue 16 August 2019", 2019, 8, 16)]
    [InlineData("16 January 2026", 2026, 1, 16)]
    [InlineData("2019-08-27", 2019, 8, 27)]
    [InlineData("August 27, 2019", 2019, 8, 27)]
    public void Parse_LetterDateForms_AreRead(string written, int year, int month, int day)
    {
        var letter = _parser.Parse($"{written}\nOur ref: 1234567\n\n1. Is it held?\n\nResponse\n\n1. Yes.", "x.txt");

        Assert.Equal(new DateOnly(year, month, day), letter.ResponseDate);
    }

    [Fact]
    public void Parse_LetterMissingFacts_ReportsEachAsADiagnosticInsteadOfGuessing()
    {
        var letter = _parser.Parse("1. How many bins are there?\n4,200 bins.", "bare.txt");

        Assert.Null(letter.Authority);
        Assert.Empty(letter.References);
        Assert.Null(letter.ResponseDate);
        Assert.Contains(letter.Diagnostics, d => d.Field == "authority" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(letter.Diagnostics, d => d.Field == "reference");
        Assert.Contains(letter.Diagnostics, d => d.Field == "responseDate");
        Assert.Equal("4,200 bins.", Assert.Single(letter.Pairs).Answer);
    }

    [Fact]
    public void Parse_Hints_FillOnlyWhatTheTextLacksAndConflictsAreReported()
    {
        var hints = new LetterHints { Authority = "The Moray Council", Reference = "slug-1", Date = new DateOnly(2020, 1, 1) };

        var bare = _parser.Parse("1. How many bins are there?\n4,200 bins.", "bare.txt", hints);
        var dated = _parser.Parse("Our ref: 7654321\n3 March 2021\n\n1. How many bins?\n\nResponse\n\n1. 12.", "dated.txt", hints);

        Assert.Equal("Moray Council", bare.Authority);
        Assert.Equal(["slug-1"], bare.References);
        Assert.Equal(new DateOnly(2020, 1, 1), bare.ResponseDate);
        Assert.Equal(new DateOnly(2021, 3, 3), dated.ResponseDate);
        Assert.Equal(["7654321", "slug-1"], dated.References);
        Assert.Contains(dated.Diagnostics, d => d.Field == "responseDate" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Parse_ArbitraryText_NeverThrows()
    {
        var random = new Random(20261123);
        var alphabet = "abcQ1.2)(-–:?\n \t|*#£0123456789ResponseRequestOur ref:Yes No not held Section 12 ".ToCharArray();
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(10) == 0 ? (char)random.Next(0, 0xD7FF) : alphabet[random.Next(alphabet.Length)];
            }

            var letter = _parser.Parse(new string(chars), "fuzz.txt");

            // Whatever the input, the record keeps its invariants: an empty answer is exactly an unanswered one,
            // and every field the parser could not fill is reported.
            Assert.Equal("fuzz.txt", letter.Source);
            Assert.All(letter.Pairs, p => Assert.Equal(p.Answer.Length == 0, p.Outcome == Outcome.Unanswered));
            Assert.Equal(letter.Authority is null, letter.Diagnostics.Any(d => d.Field == "authority" && d.Severity == DiagnosticSeverity.Warning));
            Assert.Equal(letter.References.Count == 0, letter.Diagnostics.Any(d => d.Field == "reference"));
        }
    }
}
