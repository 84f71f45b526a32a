using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

/// <summary>
/// A letter the parser attributed to no one still answers for the authority its file name or text names, with a
/// caveat; "I have no letters from X" is said only when no letter names X.
/// </summary>
public sealed class UnattributedLettersTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _index;
    private readonly ExtractiveAnswerEngine _engine;

    public UnattributedLettersTests()
    {
        var pair = new QaPair { Question = "What is the total number of allotment plots?", Answer = "There are approximately 690 allotment plots.", Outcome = Outcome.Answered };
        IndexedLetter[] letters =
        [
            new("h1", new Disclosure { Source = "gloucester-foi-allotments.txt", Pairs = [pair] }),
            new("h2", new Disclosure { Source = "response-2010.txt", Subject = "Allotments in Swindon", Pairs = [pair with { Answer = "There are approximately 410 allotment plots." }] }),
            new("h3", new Disclosure { Source = "barnet.txt", Authority = "London Borough of Barnet", Pairs = [pair with { Answer = "There are 1,200 allotment plots." }] }),
            new("h4", new Disclosure { Source = "eden-05222.txt", Authority = "British Broadcasting Corporation", Pairs = [pair with { Answer = "There are 75 allotment plots." }] }),
        ];
        LetterIndexBuilder.Build(_folder.Path, letters, new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        _index = LetterIndex.Open(_folder.Path);
        _engine = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions());
    }

    [Theory]
    [InlineData("How many allotment plots does Gloucester City Council have?", "gloucester-foi-allotments.txt", "file name")]
    [InlineData("How many allotment plots does Swindon have?", "response-2010.txt", "text")]
    [InlineData("How many allotment plots does Eden District Council have?", "eden-05222.txt", "file name")]
    public void Answer_AuthorityNamedOnlyByAnUnattributedLetter_AnswersFromItWithACaveat(string question, string source, string how)
    {
        var answer = _engine.Answer(question);

        Assert.False(answer.Abstained);
        Assert.Equal(source, Assert.Single(answer.Citations).Source);
        Assert.Contains($"this rests on letters where its {how} names it", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AuthorityNoLetterNames_StillSaysItHasNoLetters()
    {
        var answer = _engine.Answer("How many allotment plots does Leeds City Council have?");

        Assert.True(answer.Abstained);
        Assert.Contains("I have no letters from Leeds City Council", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
