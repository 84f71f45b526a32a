using FoiBot.Core;

namespace FoiBot.Evaluation.Tests;

public sealed class VerdictLabelsTests
{
    [Theory]
    [InlineData("yes", "yes", true)]
    [InlineData("yes", "answered", false)]
    [InlineData("yes", "partial", false)]
    [InlineData("no", "no", true)]
    [InlineData("no", "refused", true)]
    [InlineData("no", "not_held", true)]
    [InlineData("no", "ncnd", true)]
    [InlineData("no", "yes", false)]
    [InlineData("not_held", "not_held", true)]
    [InlineData("not_held", "refused", false)]
    [InlineData("not_held", "no", false)]
    [InlineData("refused", "refused", true)]
    [InlineData("refused", "ncnd", true)]
    [InlineData("refused", "not_held", false)]
    [InlineData("ncnd", "ncnd", true)]
    [InlineData("ncnd", "refused", false)]
    [InlineData("yes", "no_answer", false)]
    public void Meets_ExpectedAndGiven_FollowsTheEquivalences(string expected, string given, bool meets)
    {
        Assert.Equal(meets, VerdictLabels.Meets(expected, given));
    }

    [Theory]
    [InlineData(Verdict.Refused, true, "ncnd")]
    [InlineData(Verdict.Refused, false, "refused")]
    [InlineData(Verdict.NotHeld, true, "not_held")]
    [InlineData(Verdict.NoAnswer, false, "no_answer")]
    public void Of_EngineVerdict_IsNamedAsInTheQuestionFile(Verdict verdict, bool neitherConfirmNorDeny, string expected)
    {
        Assert.Equal(expected, VerdictLabels.Of(verdict, neitherConfirmNorDeny));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("ncnd", true)]
    [InlineData("partial", true)]
    [InlineData("answered", false)]
    [InlineData("none", false)]
    [InlineData(null, false)]
    public void IsScored_ExpectedVerdict_OnlyTheYesNoAndRefusalKinds(string? expected, bool scored)
    {
        Assert.Equal(scored, VerdictLabels.IsScored(expected));
    }
}
