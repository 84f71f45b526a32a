namespace FoiBot.Cli;

/// <summary>Options on the command line that cannot work together; the message says how to write them.</summary>
internal sealed class UsageException(string message) : Exception(message);
