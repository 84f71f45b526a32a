using FoiBot.Hosting;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>The "Answering" and "Llm" sections, as hosts and one-shot commands both read them.</summary>
public static class AnsweringSections
{
    public static OptionsSection<AnswerOptions> Answering { get; } = new(AnswerOptions.SectionName, o => o.Validate());

    public static OptionsSection<LlmOptions> Llm { get; } = new(LlmOptions.SectionName, o => o.Validate()) { Secrets = [nameof(LlmOptions.ApiKey)] };
}
