namespace FoiBot.Evaluation;

/// <summary>What a cited quote is, as <see cref="QuoteJudge"/> reads it; only <see cref="Answer"/> is useful to a reader.</summary>
public enum QuoteKind
{
    /// <summary>A sentence that answers: a figure, a yes or no, a refusal, a statement of what is held.</summary>
    Answer = 0,

    /// <summary>A heading, a form label or a "label: value" form field, or a fragment too short to say anything.</summary>
    Label,

    /// <summary>The requester's question repeated back.</summary>
    Echo,

    /// <summary>A letter's opening courtesy, a pointer to what follows, or procedure (complaints, review rights, sign-off).</summary>
    Opener,
}
