using FoiBot.Core;

namespace FoiBot.Evaluation.Tests;

/// <summary>Gold named by file, for letters that print no reference, beside gold named by reference.</summary>
public sealed class GoldLettersTests
{
    private static readonly Disclosure[] s_letters =
    [
        new() { Source = "corpus/first-contact/Leeds-FOI-12345.txt" },
        new() { Source = "corpus/seeds/b.txt", References = ["REF-B"] },
        new() { Source = "corpus/mail/reply.eml#attachment-1:letter.docx" },
        new() { Source = "other/b.txt" },
    ];

    private readonly GoldLetters _gold = new(s_letters);

    [Fact]
    public void IsGold_FileNameInAnyCase_MatchesTheLetterWhateverItsFolder()
    {
        var question = Files("leeds-foi-12345.txt");

        Assert.True(_gold.IsGold("corpus/first-contact/Leeds-FOI-12345.txt", question));
        Assert.False(_gold.IsGold("corpus/seeds/b.txt", question));
    }

    [Fact]
    public void IsGold_LetterInsideAnEmail_IsGoldByTheEmailsFileName()
    {
        Assert.True(_gold.IsGold("corpus/mail/reply.eml#attachment-1:letter.docx", Files("reply.eml")));
    }

    [Fact]
    public void IsGold_FilePathFragment_IsNoMatch()
    {
        Assert.False(_gold.IsGold("corpus/first-contact/Leeds-FOI-12345.txt", Files("12345.txt")));
    }

    [Fact]
    public void GoldCount_FileAndReferenceNamingDifferentLetters_CountsBothAndEveryLetterOfThatName()
    {
        var question = new EvalQuestion { Id = "q", Question = "q", GoldRefs = ["REF-B"], GoldFiles = ["Leeds-FOI-12345.txt", "b.txt"] };

        Assert.Equal(3, _gold.GoldCount(question));
    }

    [Fact]
    public void UnknownFiles_NameNoLetterCameFrom_IsReportedOnce()
    {
        Assert.Equal(["missing.txt"], _gold.UnknownFiles([Files("LEEDS-foi-12345.TXT", "missing.txt"), Files("missing.txt")]));
        Assert.Empty(_gold.Unknown([Files("missing.txt")]));
    }

    [Fact]
    public void UnknownFiles_FileTheParserSkipped_IsThereAndCountsAsAMiss()
    {
        var gold = new GoldLetters(s_letters, ["/srv/corpus/skipped-letter.txt", "/srv/corpus/mail.eml#2"]);
        var question = Files("skipped-letter.txt", "mail.eml");

        Assert.Empty(gold.UnknownFiles([question]));
        Assert.DoesNotContain(s_letters, l => gold.IsGold(l.Source, question));
        Assert.Equal(1, gold.GoldCount(question));
    }

    private static EvalQuestion Files(params string[] files) => new() { Id = "q", Question = "q", GoldRefs = [], GoldFiles = files };
}
