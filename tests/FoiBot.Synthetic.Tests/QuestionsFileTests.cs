using System.Text.Json;
using FoiBot.Evaluation;

namespace FoiBot.Synthetic.Tests;

public sealed class QuestionsFileTests(WrittenCorpus corpus) : IClassFixture<WrittenCorpus>
{
    private readonly SyntheticCorpusResult _result = corpus.Result;
    private readonly IReadOnlyList<JsonElement> _truth = corpus.Truth;

    [Fact]
    public void Write_Questions_ReadByTheEvaluationReader()
    {
        var questions = EvalQuestionFile.Read(_result.QuestionsPath);

        Assert.Equal(200, questions.Count);
        Assert.Equal(200, _result.Questions);
        Assert.Equal(["direct", "paraphrase", "reference", "unanswerable"], questions.Select(q => q.Kind).Distinct().Order());
    }

    [Fact]
    public void Write_Questions_GoldEmptyExactlyForUnanswerable()
    {
        Assert.All(EvalQuestionFile.Read(_result.QuestionsPath), q => Assert.Equal(q.Kind == "unanswerable", q.GoldRefs.Count == 0));
    }

    [Fact]
    public void Write_NamedQuestions_GoldIsEveryLetterOfThatAuthorityOnThatTopic()
    {
        var byReference = _truth.ToDictionary(t => t.GetProperty("reference").GetString()!, StringComparer.Ordinal);
        foreach (var question in EvalQuestionFile.Read(_result.QuestionsPath).Where(q => q.Kind is "direct" or "paraphrase"))
        {
            var first = byReference[question.GoldRefs[0]];
            var authority = first.GetProperty("authority").GetString();
            var topic = first.GetProperty("topic").GetString();
            var expected = _truth
                .Where(t => t.GetProperty("authority").GetString() == authority && t.GetProperty("topic").GetString() == topic)
                .Select(t => t.GetProperty("reference").GetString()!);

            Assert.Equal(expected.Order(StringComparer.Ordinal), question.GoldRefs.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Write_ReferenceQuestions_NameTheirGoldLetter()
    {
        var references = _truth.Select(t => t.GetProperty("reference").GetString()!).ToHashSet(StringComparer.Ordinal);
        var asked = EvalQuestionFile.Read(_result.QuestionsPath).Where(q => q.Kind == "reference").ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, q => Assert.Contains(q.GoldRefs.Single(), q.Question, StringComparison.Ordinal));
        Assert.All(asked, q => Assert.Contains(q.GoldRefs.Single(), references));
    }

    [Fact]
    public void Write_Truth_OneLinePerLetterWithItsFields()
    {
        Assert.Equal(2000, _truth.Count);
        var letter = SyntheticCorpus.Generate(4, 1234);
        var line = _truth[1234];

        Assert.Equal(letter.RelativePath, line.GetProperty("path").GetString());
        Assert.Equal(letter.Authority, line.GetProperty("authority").GetString());
        Assert.Equal(letter.Outcome.ToString(), line.GetProperty("outcome").GetString());
        Assert.Equal(letter.Pairs.Count, line.GetProperty("pairs").GetArrayLength());
        Assert.False(line.TryGetProperty("text", out _));
    }
}
