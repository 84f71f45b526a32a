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

    [Fact]
    public void Read_GoldFilesVerdictAndKey_AreReadBesideGoldRefs()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, """
            {"id": "fc1-c01", "question": "Does Leeds City Council use ANPR cameras?", "gold_files": ["leeds-foi-12345.txt"], "kind": "direct", "verdict": "Yes", "key": "12 cameras"}
            {"id": "fc1-c02", "question": "How many fines?", "gold_refs": ["REF-1"], "gold_files": ["a.txt"], "verdict": "answered", "key": null}
            {"id": "fc1-c03", "question": "Does Mordor use drones?", "gold_files": [], "verdict": "none"}
            """);

        var questions = EvalQuestionFile.Read(path);

        Assert.Equal(["leeds-foi-12345.txt"], questions[0].GoldFiles);
        Assert.Empty(questions[0].GoldRefs);
        Assert.Equal(("yes", "12 cameras"), (questions[0].Verdict, questions[0].Key));
        Assert.True(questions[0].Answerable);
        Assert.Equal(["REF-1"], questions[1].GoldRefs);
        Assert.Equal(["a.txt"], questions[1].GoldFiles);
        Assert.Null(questions[1].Key);
        Assert.False(questions[2].Answerable);
        Assert.Equal("none", questions[2].Verdict);
    }

    [Fact]
    public void Read_GoldRefsOnly_HasNoGoldFilesVerdictOrKey()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("q.jsonl");
        File.WriteAllText(path, """{"id": "a", "question": "Does Barnet use facial recognition?", "gold_refs": ["5576276"], "kind": "direct"}""");

        var question = Assert.Single(EvalQuestionFile.Read(path));

        Assert.Empty(question.GoldFiles);
        Assert.Null(question.Verdict);
        Assert.Null(question.Key);
    }

    [Fact]
    public void Read_DevQuestionSet_ReadsEveryLineWithGoldRefsOnly()
    {
        var questions = EvalQuestionFile.Read(Path.Combine(RepoPaths.Root, "tests", "eval", "dev-questions.jsonl"));

        Assert.True(questions.Count >= 80);
        Assert.All(questions, q => Assert.Empty(q.GoldFiles));
        Assert.All(questions, q => Assert.Equal(q.Kind != "unanswerable", q.Answerable));
    }

    [Theory]
    [InlineData("""{"question": "q", "gold_refs": []}""", "q.jsonl:1: \"id\"")]
    [InlineData("""{"id": "a", "question": "", "gold_refs": []}""", "q.jsonl:1: \"question\"")]
    [InlineData("""{"id": "a", "question": "q"}""", "q.jsonl:1: \"gold_refs\"")]
    [InlineData("""{"id": "a", "question": "q", "gold_refs": [1]}""", "q.jsonl:1: \"gold_refs\"")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": "a.txt"}""", "q.jsonl:1: \"gold_files\" must be an array")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": [""]}""", "q.jsonl:1: \"gold_files\" holds something other than a file name")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["corpus/a.txt"]}""", "q.jsonl:1: \"gold_files\" holds a path (\"corpus/a.txt\")")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["a.txt"], "verdict": "maybe"}""", "q.jsonl:1: \"verdict\" \"maybe\" is not one of")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["a.txt"], "verdict": 1}""", "q.jsonl:1: \"verdict\" must be a non-empty string")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["a.txt"], "verdict": "none"}""", "q.jsonl:1: \"verdict\" is \"none\" but the question has gold")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": [], "verdict": "yes"}""", "q.jsonl:1: \"verdict\" is \"yes\" but the question has no gold")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["a.txt"], "key": 12}""", "q.jsonl:1: \"key\" must be a non-empty string")]
    [InlineData("""{"id": "a", "question": "q", "gold_files": ["a.txt"], "key": " "}""", "q.jsonl:1: \"key\" must be a non-empty string")]
    [InlineData("""{"id": "a", "question": "q", "gold_refs": [], "key": "12"}""", "q.jsonl:1: \"key\" is given but the question has no gold")]
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
