using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

/// <summary>Names shortened as in file names: joining and kind words left out, only where one authority shortens so.</summary>
public sealed class ShortenedNamesTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Theory]
    [InlineData("ashford st peters", "Ashford and St Peter's Hospitals NHS Foundation Trust")]
    [InlineData("hereford worcester fire", "Hereford and Worcester Fire and Rescue Service")]
    [InlineData("hereford worcester fire rescue", "Hereford and Worcester Fire and Rescue Service")]
    public void ResolveShortened_DistinctiveWordsOfOneAuthority_GivesIt(string words, string expected)
    {
        Assert.Equal(expected, s_catalog.ResolveShortened(words.Split(' '))?.Name);
    }

    [Theory]
    [InlineData("ashford")]
    [InlineData("north yorkshire")]
    [InlineData("st peters")]
    public void ResolveShortened_OneWordOrAShorteningSeveralShare_GivesNone(string words)
    {
        Assert.Null(s_catalog.ResolveShortened(words.Split(' ')));
    }
}
