namespace FoiBot.Answering.SemanticKernel;

/// <summary>The model could not give a usable reply (timed out, refused, broke its stream, or misused its tools); the engine falls back.</summary>
internal sealed class ModelFailure(string reason, Exception? inner = null) : Exception(reason, inner);
