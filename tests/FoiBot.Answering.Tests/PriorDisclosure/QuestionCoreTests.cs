using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Answering.Tests.PriorDisclosure;

public sealed class QuestionCoreTests
{
    [Theory]
    [InlineData("Has the council had access to facial recognition (sometimes also called face detection)?, either using its own equipment or a third party's?", "Has the council had access to facial recognition ?")]
    [InlineData("Has your council used facial recognition, either as a pilot or ongoing work? If the answer is no, stop here", "Has your council used facial recognition?")]
    [InlineData("Has the council deployed facial recognition? If so: A. Which company? B. When?", "Has the council deployed facial recognition?")]
    [InlineData("The number of parking fines issued in 2023. Please break this down by month.", "The number of parking fines issued in 2023.")]
    public void Of_QuestionWithAsidesQualifiersAndSubQuestions_IsItsFirstPlainSentence(string question, string core)
    {
        Assert.Equal(core, QuestionCore.Of(question));
    }
}
