using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

public sealed class AttachmentOnlyTests
{
    [Theory]
    [InlineData("Please see attached.")]
    [InlineData("Please see the attached spreadsheet.")]
    [InlineData("Please find attached the information you requested.")]
    [InlineData("The information is attached. See Appendix A.")]
    [InlineData("Attached")]
    public void Is_PointerOnly_IsTrue(string answer) => Assert.True(AttachmentOnly.Is(answer));

    [Theory]
    [InlineData("No. The council does not use drones.")]
    [InlineData("Please see attached. The council spent £1,200 in 2023.")]
    [InlineData("This information is published on our website.")]
    public void Is_AnswerWithSubstance_IsFalse(string answer) => Assert.False(AttachmentOnly.Is(answer));

    [Fact]
    public void Answer_OnlyLetterSaysSeeAttached_AbstainsAndOffersItAsRelated()
    {
        using var folder = new TempDirectory();
        var letter = new Disclosure
        {
            Source = "attached.txt",
            Authority = "London Borough of Barnet",
            References = ["ATT-1001"],
            ResponseDate = new DateOnly(2024, 3, 1),
            Pairs = [new QaPair { Question = "How many drones does the council own?", Answer = "Please see the attached spreadsheet.", Outcome = Outcome.Answered }],
        };
        LetterIndexBuilder.Build(folder.Path, [new IndexedLetter("h1", letter)], new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        using var index = LetterIndex.Open(folder.Path);
        var engine = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());

        var answer = engine.Answer("How many drones does Barnet own?");

        Assert.True(answer.Abstained);
        Assert.Contains("points to an attachment that is not in the text", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
        Assert.Equal("ATT-1001", Assert.Single(answer.Related).Ref);
    }
}
