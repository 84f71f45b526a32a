namespace FoiBot.Synthetic;

/// <summary>The letter shapes seen in real response letters.</summary>
internal enum LetterLayout
{
    /// <summary>"1. question" then the answer under it, or "Q1"/"A1"; a plain letter around it.</summary>
    Numbered,

    /// <summary>The request quoted, "Response", then each question repeated with its answer under it.</summary>
    Echo,

    /// <summary>A letterhead, "Dear ...", the questions listed, then numbered answers under a response heading.</summary>
    Prose,

    /// <summary>A disclosure-log page: "You asked" and "We answered", the answer one paragraph of prose.</summary>
    YouAsked,

    /// <summary>A disclosure-log page: "Request 1010...", numbered questions, "Response dd-mm-yyyy", numbered answers.</summary>
    RequestResponse,

    /// <summary>A web form export: "Request ID", "Date Received", "Date Resolved" labels on lines of their own.</summary>
    Form,
}
