using FoiBot.Testing;

namespace FoiBot.Evaluation.Tests;

public sealed class EvalQuestionFileTests
{
    [Fact]
    public void Read_WellFormedLines_GivesQuestionsInOrderWithKinds()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, """
            {"id": "a", "question": "Does Barnet use facial recognition?", "gold_refs": ["5576276", "16336160"], "kind": "Direct"}

            {"id": "b", "question": "Does Leeds use drones?", "gold_refs": []}
            """);

        var questions = EvalQuestionFile.Read(path);

        Assert.Equal(["a", "b"], questions.Select(q => q.Id));
        Assert.Equal("direct", questions[0].Kind);
        Assert.Equal(EvalQuestionFile.Unlabelled, questions[1].Kind);
        Assert.True(questions[0].Answerable);
        Assert.False(questions[1].Answerable);
    }

    [Theory]
    [InlineData("""{"question": "q", "gold_refs": []}""", "q.jsonl:1: \"id\"")]
    [InlineData("""{"id": "a", "question": "", "gold_refs": []}""", "q.jsonl:1: \"question\"")]
    [InlineData("""{"id": "a", "question": "q"}""", "q.jsonl:1: \"gold_refs\"")]
    [InlineData("""{"id": "a", "question": "q", "gold_refs": [1]}""", "q.jsonl:1: \"gold_refs\"")]
    [InlineData("""not json""", "q.jsonl:1: not a JSON object")]
    [InlineData("""[1, 2]""", "q.jsonl:1: not a JSON object")]
    public void Read_BadLine_NamesTheFileLineAndField(string line, string expected)
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, line);

        var error = Assert.Throws<EvalFileException>(() => EvalQuestionFile.Read(path, "q.jsonl"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateId_NamesTheSecondLine()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, "{\"id\": \"a\", \"question\": \"q\", \"gold_refs\": []}\n{\"id\": \"a\", \"question\": \"r\", \"gold_refs\": []}\n");

        var error = Assert.Throws<EvalFileException>(() => EvalQuestionFile.Read(path, "q.jsonl"));

        Assert.StartsWith("q.jsonl:2: id \"a\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsAnError()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, "\n\n");

        Assert.Throws<EvalFileException>(() => EvalQuestionFile.Read(path));
    }
}
