using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>Answers labelled "A:" after each question, on its line or the next, and questions numbered "[i]", "[ii]".</summary>
public sealed class LabelledAnswerTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_AnswerLabelledAfterTheQuestion_SplitsOffAndDropsTheLabel()
    {
        var letter = _parser.Parse("""
            Our Ref: ACE/1
            Please find responses below.
            1. Can you please provide the number of staff absences per week. A: Our system does not record absences per week.
            2. Can these figures be provided for 2010/11.
            A: Records are held only for the current year.
            """, "x.txt");

        Assert.Equal(2, letter.Pairs.Count);
        Assert.Equal("Can you please provide the number of staff absences per week.", letter.Pairs[0].Question);
        Assert.Equal("Our system does not record absences per week.", letter.Pairs[0].Answer);
        Assert.Equal("Records are held only for the current year.", letter.Pairs[1].Answer);
    }

    [Fact]
    public void Parse_QuestionsNumberedInSquareBracketedNumerals_AreNumberedQuestions()
    {
        var letter = _parser.Parse("""
            Our Ref: ACE/2
            Please find responses below.
            [i] How many teaching posts were vacant in May? A: 14 posts were vacant.
            [ii] How many of those were filled by June? A: 9 of them.
            """, "x.txt");

        Assert.Equal(["1", "2"], letter.Pairs.Select(p => p.Number));
        Assert.Equal("14 posts were vacant.", letter.Pairs[0].Answer);
        Assert.Equal("9 of them.", letter.Pairs[1].Answer);
    }
}
