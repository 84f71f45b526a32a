using Microsoft.SemanticKernel;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>One round's reply: its text, the functions it asks FoiBot to run, and the message to keep in the history.</summary>
internal sealed record ModelReply(string Text, IReadOnlyList<FunctionCallContent> Calls, ChatMessageContent Message);
