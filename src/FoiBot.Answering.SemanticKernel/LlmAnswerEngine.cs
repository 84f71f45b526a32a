using System.Text.RegularExpressions;
using FoiBot.Answering.Conversations;
using FoiBot.Answering.SemanticKernel.Grounding;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Answers in a model's words from passages FoiBot retrieved and numbered. Every answer passes the citation check
/// before anyone sees it; one that fails, or a model that cannot answer in time, gives way to the fallback engine.
/// </summary>
public sealed partial class LlmAnswerEngine : IStreamingAnswerEngine, IDisposable
{
    private readonly HttpClient _http;
    private readonly ChatRounds _rounds;
    private readonly PassageRetriever _retriever;
    private readonly AuthorityCover _cover;
    private readonly IConversationStore _memory;
    private readonly FollowUpRule _followUps;
    private readonly IAnswerEngine _fallback;
    private readonly LetterIndex _index;
    private readonly LlmOptions _options;
    private readonly ILogger _logger;

    private LlmAnswerEngine(LlmOptions options, LetterIndex index, AuthorityCatalog catalog, IAnswerEngine fallback, ILoggerFactory loggers, TimeProvider time, IConversationStore? conversations)
    {
        _options = options;
        _index = index;
        _fallback = fallback;
        _logger = loggers.CreateLogger<LlmAnswerEngine>();

        // Timeouts are FoiBot's, per call and on its clock, so the client itself never gives up first.
        _http = new HttpClient(ChatServiceFactory.Handler(options)) { Timeout = Timeout.InfiniteTimeSpan };
        var chat = ChatServiceFactory.Create(options, _http, loggers);
        _rounds = new ChatRounds(chat, options, new RetryPolicy(options, time, _logger), _logger);
        _retriever = new PassageRetriever(index, catalog, options.MaxPassages);
        _cover = new AuthorityCover(index, catalog);
        _memory = conversations ?? new ConversationMemory(options.MaxTurns, options.Idle, time);
        _followUps = new FollowUpRule(index, catalog);
    }

    /// <param name="conversations">Where turns are remembered; in memory, bounded by the options, when null.</param>
    /// <exception cref="ArgumentException">The options cannot work; the parameter name is the field.</exception>
    public static LlmAnswerEngine Create(
        LlmOptions options, LetterIndex index, AuthorityCatalog catalog, IAnswerEngine fallback, ILoggerFactory loggers, TimeProvider time, IConversationStore? conversations = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!options.Enabled)
        {
            throw new ArgumentException("Provider must name a model provider for the LLM engine.", nameof(options.Provider));
        }

        return new LlmAnswerEngine(options, index, catalog, fallback, loggers, time, conversations);
    }

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken) => AnswerAsync(request, null, cancellationToken);

    public Task<Answer> StreamAsync(AnswerRequest request, Action<string> onText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onText);
        return AnswerAsync(request, onText, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<Answer> AnswerAsync(AnswerRequest request, Action<string>? onText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Log.Question(_logger, request.Question);
        var recalled = await _memory.RecallAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);

        // A question that stands on its own is asked without the earlier turns; an incomplete one is searched whole.
        var resolved = _followUps.Resolve(request, recalled.Count == 0 ? null : recalled[^1]);
        var turns = resolved is null ? [] : recalled;
        var asked = resolved ?? request;
        Answer answer;
        if (_cover.NoLetters(asked.Question, asked.Authority) is { } none)
        {
            // Declined as the extractive engine declines it: the retriever would otherwise search every authority's letters.
            Log.FellBack(_logger, none);
            answer = (await _fallback.AnswerAsync(asked, cancellationToken).ConfigureAwait(false)) with { Engine = AnswerEngines.Extractive, Fallback = none, Question = request.Question };
        }
        else
        {
            var table = new PassageTable();
            var passages = table.Add(_retriever.Retrieve(asked.Question, asked.Authority));
            answer = passages.Count == 0
                ? await FallBackAsync(request, asked, "no passage matched the question", cancellationToken).ConfigureAwait(false)
                : await AskModelAsync(request, asked, turns, table, passages, onText, cancellationToken).ConfigureAwait(false);
        }

        var turn = new ConversationTurn(request.Question, Markers().Replace(answer.Text, "")) { Standalone = asked.Question, Authority = _followUps.AuthorityOf(asked) };
        await _memory.RememberAsync(request.ConversationId, turn, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    private async Task<Answer> AskModelAsync(AnswerRequest request, AnswerRequest asked, IReadOnlyList<ConversationTurn> turns, PassageTable table, IReadOnlyList<NumberedPassage> passages, Action<string>? onText, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(_options.Structured ? PromptTexts.System + "\n\n" + PromptTexts.Structured : PromptTexts.System);
        foreach (var turn in turns)
        {
            history.AddUserMessage(turn.Question);
            history.AddAssistantMessage(turn.Answer);
        }

        history.AddUserMessage(PromptTexts.Question(request.Question, PassageTable.Render(passages)));
        var kernel = new Kernel();
        kernel.Plugins.AddFromObject(new LetterTools(_index, table, _options.MaxPassages), LetterTools.PluginName);
        var gate = onText is null ? null : new StreamGate(table, onText);
        string text;
        try
        {
            text = await _rounds.RunAsync(history, kernel, gate is null ? null : gate.Write, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is a process boundary: whatever goes wrong there, the letters can still answer.
            return await FallBackAsync(request, asked, ex is ModelFailure ? ex.Message : $"the model call failed ({ex.GetType().Name})", cancellationToken).ConfigureAwait(false);
        }

        if (_options.Structured)
        {
            if (StructuredAnswer.ToText(text) is not { } sentences)
            {
                return await FallBackAsync(request, asked, "the model's structured answer could not be read", cancellationToken).ConfigureAwait(false);
            }

            text = sentences;
            gate?.Write(text);
        }

        gate?.Complete();
        var draft = CitationCheck.Check(text, table);
        var answer = draft.Passed ? LlmAnswerBuilder.Build(request, text, draft, table) : null;
        var problem = gate?.Problem ?? draft.Problem ?? ProseStance.Conflict(text, answer!.Verdict);
        return problem is null
            ? answer!
            : await FallBackAsync(request, asked, $"the model's answer failed the check: {problem}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The fallback engine's answer to the question as resolved (it has no memory), shown as asked.</summary>
    private async Task<Answer> FallBackAsync(AnswerRequest request, AnswerRequest asked, string reason, CancellationToken cancellationToken)
    {
        Log.FellBack(_logger, reason);
        var answer = await _fallback.AnswerAsync(asked, cancellationToken).ConfigureAwait(false);
        return answer with { Engine = AnswerEngines.Extractive, Fallback = reason, Question = request.Question };
    }

    [GeneratedRegex(@"\s*\[\d+(?:,\s*\d+)*\]")]
    private static partial Regex Markers();
}
