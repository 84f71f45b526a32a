namespace FoiBot.Answering.PriorDisclosure;

/// <summary>How closely a prior letter's passage matches a question of the new request.</summary>
public enum MatchStrength
{
    /// <summary>The passage mentions some of the question's topic: further reading.</summary>
    Weak,

    /// <summary>The passage as a whole (subject, question and answer) covers most of the topic.</summary>
    Partial,

    /// <summary>The letter's requester asked the same thing: its own question covers the topic in a fitting form.</summary>
    Strong,
}
