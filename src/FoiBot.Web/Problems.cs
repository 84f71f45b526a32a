using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FoiBot.Web;

/// <summary>Input checks shared by the endpoints, each failure a 400 ValidationProblem naming the parameter.</summary>
internal static class Problems
{
    public const int MaxQueryLength = 1000;

    public static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] });

    /// <summary>The error for a required free-text parameter, or null when it is fine.</summary>
    public static ValidationProblem? CheckText(string parameter, string? value, int maxLength = MaxQueryLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid(parameter, $"'{parameter}' is required.");
        }

        return value.Length > maxLength ? Invalid(parameter, $"'{parameter}' is longer than {maxLength} characters.") : null;
    }
}
