namespace FoiBot.Evaluation;

/// <summary>An evaluation file that cannot be used, with the file, line and field at fault in the message.</summary>
public sealed class EvalFileException(string message) : Exception(message);
