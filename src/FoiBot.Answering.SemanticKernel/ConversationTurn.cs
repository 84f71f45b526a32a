namespace FoiBot.Answering.SemanticKernel;

/// <summary>One question and the answer FoiBot gave, as remembered for follow-ups.</summary>
internal sealed record ConversationTurn(string Question, string Answer);
