using Microsoft.Extensions.Options;

namespace FoiBot.Cli;

/// <summary>
/// The failures of a settings check, however they were thrown: by one section read directly, or by a host's start,
/// which throws them together when several sections fail.
/// </summary>
internal static class OptionsFailures
{
    public static IReadOnlyList<OptionsValidationException> Of(Exception exception) => exception switch
    {
        OptionsValidationException one => [one],
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) => [.. many.InnerExceptions.Cast<OptionsValidationException>()],
        _ => [],
    };

    /// <summary>One "Configuration error:" line per failure, each naming its key.</summary>
    public static string Describe(IEnumerable<OptionsValidationException> failures) =>
        string.Join(Environment.NewLine, failures.SelectMany(f => f.Failures).Distinct().Select(f => $"Configuration error: {f}"));
}
