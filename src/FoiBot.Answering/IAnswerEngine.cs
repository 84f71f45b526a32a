using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>Answers a question from the letters. Every citation an engine returns names a retrieved letter and quotes it verbatim.</summary>
public interface IAnswerEngine
{
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}
