using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

public sealed class ExtractiveAnswerEngineRefreshTests
{
    [Fact]
    public void Answer_LetterFromANewAuthorityAddedAndRefreshed_AnswersFromIt()
    {
        using var folder = new TempDirectory();
        var barnet = Letter("barnet-1", "London Borough of Barnet", "Does the council use facial recognition?", "No, the council does not use facial recognition.");
        LetterIndexBuilder.Build(folder.Path, [barnet], new IndexBuildInfo { CorpusFingerprint = "v1", BuiltAt = DateTimeOffset.UnixEpoch });
        using var index = LetterIndex.Open(folder.Path);
        var engine = new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions());
        Assert.EndsWith("I have no letters from Leeds City Council.", engine.Answer("Does Leeds use facial recognition?").Text, StringComparison.Ordinal);

        using (var writer = LetterIndexWriter.Open(folder.Path))
        {
            writer.Upsert([Letter("leeds-1", "Leeds City Council", "Does the council use facial recognition?", "Yes, the council uses facial recognition at two sites.")]);
            writer.Commit(new IndexBuildInfo { CorpusFingerprint = "v2", BuiltAt = DateTimeOffset.UnixEpoch });
        }

        index.Refresh();
        var answer = engine.Answer("Does Leeds use facial recognition?");

        Assert.Equal(Verdict.Yes, answer.Verdict);
        Assert.Equal("Leeds City Council", Assert.Single(answer.Citations).Authority);
    }

    private static IndexedLetter Letter(string id, string authority, string question, string answer) => new(id, new Disclosure
    {
        Source = $"{id}.txt",
        Authority = authority,
        References = [id.ToUpperInvariant()],
        ResponseDate = new DateOnly(2024, 3, 1),
        Pairs = [new QaPair { Number = "1", Question = question, Answer = answer, Outcome = Outcome.Yes }],
    });
}
