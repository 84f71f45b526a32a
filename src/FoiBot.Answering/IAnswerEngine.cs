using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>Answers one question from the indexed letters.</summary>
public interface IAnswerEngine
{
    ValueTask<Answer> AnswerAsync(string question, string? id, CancellationToken cancellationToken);
}
