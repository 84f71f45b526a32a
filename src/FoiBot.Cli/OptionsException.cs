namespace FoiBot.Cli;

/// <summary>A configuration value that cannot work; the message names the key.</summary>
internal sealed class OptionsException(string message) : Exception(message);
