using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Letters arrive hard-wrapped at a fixed width (e-mails, PDFs): a sentence's next line may start with any word,
/// capitalised or not. The parser must read the same letter whether or not it was wrapped.
/// </summary>
public sealed class HardWrappedLetterTests
{
    private readonly LetterParser _parser = new();

    public static TheoryData<string> CorpusLetters()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Corpus, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusLetters))]
    public void Parse_CorpusLetterWrappedAt76Columns_KeepsItsFieldsAndQuestions(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, relative));

        var plain = _parser.Parse(text, relative);
        var wrapped = _parser.Parse(Wrap(text, 76), relative);

        Assert.Equal(plain.Authority, wrapped.Authority);
        Assert.Equal(plain.References, wrapped.References);
        Assert.Equal(plain.ResponseDate, wrapped.ResponseDate);
        Assert.Equal(plain.ReceivedDate, wrapped.ReceivedDate);
        Assert.Equal(plain.Subject, wrapped.Subject);
        Assert.Equal(plain.Pairs.Select(p => p.Number), wrapped.Pairs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_WrappedSentenceWhoseNextLineStartsWithACapital_IsOneSentence()
    {
        const string Sentence = "Currently the Council does not hold data on the number of trees that have required felling, and the Councils Tree Management team have recently implemented a new Tree Asset Management System which will help to record this data.";
        var plain = Letter(Sentence);

        var wrapped = _parser.Parse(Wrap(plain, 70), "wrapped.txt");

        Assert.Contains(Sentence, wrapped.Pairs[0].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrappedLineEndingInAnAbbreviation_ContinuesOnTheNextLine()
    {
        // Wrapped at 70 columns, the first question's line ends with "(e.g." and the years start the next line.
        var text = Letter("No, the council does not use drones.").Replace(
            "1. Does the council use drones for surveillance, enforcement or survey work of any kind in the borough?",
            "1. How many drones did the council fly in each year, by year (e.g. 2020/21, 2021/22)?",
            StringComparison.Ordinal);

        var letter = _parser.Parse(Wrap(text, 70), "wrapped.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.EndsWith("(e.g. 2020/21, 2021/22)?", letter.Pairs[0].Question, StringComparison.Ordinal);
        Assert.Equal("No, the council does not use drones.", letter.Pairs[0].Answer);
    }

    [Fact]
    public void Parse_WrappedLetter_KeepsNumberedQuestionsOnTheirOwnLines()
    {
        var wrapped = _parser.Parse(Wrap(Letter("No, the council does not use drones for any purpose at all at the present time."), 60), "wrapped.txt");

        Assert.Equal(["1", "2"], wrapped.Pairs.Select(p => p.Number));
    }

    private static string Letter(string firstAnswer) => $"""
        Our ref: FOI-445566
        Date: 4 March 2024

        Dear Requester,

        Thank you for your request for information received on 1 February 2024, which has been handled under the Freedom of Information Act 2000.

        1. Does the council use drones for surveillance, enforcement or survey work of any kind in the borough?
        {firstAnswer}

        2. How many trees has the council felled in each of the last five years across all of its service areas?
        Please see the figures held by the Tree Management team, which are published on the council website every year.

        Yours sincerely,
        Information Governance Team
        """;

    /// <summary>Wraps every line at a width, the way an e-mail client or a PDF does, breaking only between words.</summary>
    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = current.Length == 0 ? word : $"{current} {word}";
                }
            }

            lines.Add(current);
        }

        return string.Join('\n', lines);
    }
}
