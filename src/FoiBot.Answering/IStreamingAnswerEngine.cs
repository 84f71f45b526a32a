using FoiBot.Core;

namespace FoiBot.Answering;

/// <summary>An engine that can show its answer's text while it is being written (a chat window, a terminal).</summary>
public interface IStreamingAnswerEngine : IAnswerEngine
{
    /// <summary>
    /// Answers as <see cref="IAnswerEngine.AnswerAsync"/> does, passing each piece of the text to <paramref name="onText"/>
    /// once it has passed the citation check. The returned answer is final: when its engine is not the one that
    /// streamed, what was streamed was abandoned and the answer should be shown whole.
    /// </summary>
    Task<Answer> StreamAsync(AnswerRequest request, Action<string> onText, CancellationToken cancellationToken);
}
