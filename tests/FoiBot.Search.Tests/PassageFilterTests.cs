using FoiBot.Core;
using FoiBot.Testing;

namespace FoiBot.Search.Tests;

/// <summary>Date and outcome filters run inside the search, so the best passages that pass them fill the page.</summary>
public sealed class PassageFilterTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _index;

    public PassageFilterTests()
    {
        IndexedLetter[] letters =
        [
            Letter("old", new DateOnly(2019, 8, 27), "Does the council use facial recognition cameras? Facial recognition.", "Not used.", Outcome.No),
            Letter("refused", new DateOnly(2021, 7, 28), "Please provide facial recognition contracts.", "Withheld under section 43.", Outcome.Refused),
            Letter("new", new DateOnly(2026, 1, 16), "Do you use facial recognition?", "The council does not use it.", Outcome.No),
            Letter("undated", null, "Facial recognition trials?", "None.", Outcome.No),
        ];
        LetterIndexBuilder.Build(_folder.Path, letters, new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        _index = LetterIndex.Open(_folder.Path);
    }

    [Fact]
    public void Search_FromDateWithAOneHitPage_ReturnsTheBestPassageThatPasses()
    {
        var hits = _index.Search(new PassageQuery { Text = "facial recognition", From = new DateOnly(2025, 1, 1), Limit = 1 });

        Assert.Equal("new", Assert.Single(hits).LetterId);
    }

    [Fact]
    public void Search_DateRange_KeepsOnlyLettersAnsweredInsideIt()
    {
        var hits = _index.Search(new PassageQuery { Text = "facial recognition", From = new DateOnly(2019, 1, 1), To = new DateOnly(2021, 12, 31) });

        Assert.Equal(["old", "refused"], hits.Select(h => h.LetterId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_Outcome_KeepsOnlyThoseAnswers()
    {
        var hits = _index.Search(new PassageQuery { Text = "facial recognition", Outcome = Outcome.Refused });

        Assert.Equal("refused", Assert.Single(hits).LetterId);
    }

    [Fact]
    public void Search_NoFilters_FindsEveryLetterIncludingUndated()
    {
        var hits = _index.Search(new PassageQuery { Text = "facial recognition" });

        Assert.Equal(4, hits.Select(h => h.LetterId).Distinct().Count());
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private static IndexedLetter Letter(string id, DateOnly? date, string question, string answer, Outcome outcome) => new(id, new Disclosure
    {
        Source = $"{id}.txt",
        Authority = "London Borough of Barnet",
        References = [$"REF-{id}-100"],
        ResponseDate = date,
        Pairs = [new QaPair { Question = question, Answer = answer, Outcome = outcome }],
    });
}
