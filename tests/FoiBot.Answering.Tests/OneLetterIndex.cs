using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Answering.Tests;

/// <summary>A real index of one small Barnet letter written in the test, with the engine over it.</summary>
internal sealed class OneLetterIndex : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly LetterIndex _index;

    public OneLetterIndex(params QaPair[] pairs)
        : this(status: null, pairs)
    {
    }

    /// <param name="status">The outcome the page the letter was saved from published, if any.</param>
    public OneLetterIndex(PublishedStatus? status, params QaPair[] pairs)
        : this(status, pairs, [])
    {
    }

    /// <param name="unpaired">Blocks of the letter's text that no question took.</param>
    public OneLetterIndex(PublishedStatus? status, IReadOnlyList<QaPair> pairs, IReadOnlyList<QaPair> unpaired)
    {
        var letter = new Disclosure
        {
            Source = "barnet.txt",
            Authority = "London Borough of Barnet",
            References = ["BAR-2001"],
            ResponseDate = new DateOnly(2024, 3, 1),
            Pairs = pairs,
            Unpaired = unpaired,
            Status = status,
        };
        LetterIndexBuilder.Build(_folder.Path, [new IndexedLetter("h1", letter)], new IndexBuildInfo { CorpusFingerprint = "t", BuiltAt = DateTimeOffset.UnixEpoch });
        _index = LetterIndex.Open(_folder.Path);
        Engine = new ExtractiveAnswerEngine(_index, AuthorityCatalog.Default, new AnswerOptions());
    }

    public ExtractiveAnswerEngine Engine { get; }

    public static QaPair Pair(string question, string answer, Outcome outcome = Outcome.Answered) =>
        new() { Question = question, Answer = answer, Outcome = outcome };

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
