using FoiBot.Core;

namespace FoiBot.Search.Tests;

public sealed class LetterIndexFindLetterTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("FOI-1091-1718")]
    [InlineData("foi-1091-1718")]
    [InlineData(" IR-0042/23 ")]
    [InlineData("letter-wyp-1091")]
    [InlineData("FOI-1091-1718.pdf")]
    [InlineData("police/wyp/FOI-1091-1718.pdf")]
    [InlineData("/home/officer/corpus/police/wyp/foi-1091-1718.PDF")]
    public void FindLetter_ByAnyKey_RoundTripsEveryField(string key)
    {
        var found = _index.Index.FindLetter(key);

        AssertSameLetter(SampleLetters.WestYorkshireFacial.Disclosure, found);
    }

    [Fact]
    public void FindLetter_NumericReference_FindsThatLetterOnly()
    {
        AssertSameLetter(SampleLetters.LeedsBodyCameras.Disclosure, _index.Index.FindLetter("5576276"));
    }

    [Fact]
    public void FindLetter_LetterWithNoAuthorityOrDates_RoundTripsTheNulls()
    {
        AssertSameLetter(SampleLetters.UnattributedFaceRecognition.Disclosure, _index.Index.FindLetter("letter-without-authority.md"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1091")]
    [InlineData("FOI-1091")]
    [InlineData("no-such-letter")]
    public void FindLetter_UnknownOrPartialKey_ReturnsNull(string key)
    {
        Assert.Null(_index.Index.FindLetter(key));
    }

    [Fact]
    public void FindLetter_ReferenceQuotedByALaterLetter_PrefersTheLetterItBelongsTo()
    {
        var review = new IndexedLetter("letter-review", SampleLetters.WestYorkshireFacial.Disclosure with
        {
            Source = "police/wyp/IR-0099.pdf",
            References = ["IR-0099", "FOI-1091-1718"],
            ResponseDate = new DateOnly(2023, 8, 1),
        });
        using var index = new TestIndex([review, SampleLetters.WestYorkshireFacial]);

        Assert.Equal("police/wyp/FOI-1091-1718.pdf", index.Index.FindLetter("FOI-1091-1718")?.Source);
        Assert.Equal("police/wyp/IR-0099.pdf", index.Index.FindLetter("IR-0099")?.Source);
    }

    internal static void AssertSameLetter(Disclosure expected, Disclosure? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Authority, actual.Authority);
        Assert.Equal(expected.References, actual.References);
        Assert.Equal(expected.ResponseDate, actual.ResponseDate);
        Assert.Equal(expected.ReceivedDate, actual.ReceivedDate);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Law, actual.Law);
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Pairs.Count, actual.Pairs.Count);
        foreach (var (want, got) in expected.Pairs.Zip(actual.Pairs))
        {
            Assert.Equal(want with { Exemptions = [] }, got with { Exemptions = [] });
            Assert.Equal(want.Exemptions, got.Exemptions);
        }
    }

    public void Dispose() => _index.Dispose();
}
