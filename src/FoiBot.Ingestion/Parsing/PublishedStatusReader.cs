using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Reads the status line WhatDoTheyKnow (and other Alaveteli sites) head a request's page with, which a page saved
/// from there keeps: "The request was refused by X.", "The request was partially successful.", "The request was
/// successful.", "X did not have the information requested.". A status still open ("awaiting classification",
/// "long overdue") says nothing of the outcome and is not read.
/// </summary>
internal static partial class PublishedStatusReader
{
    /// <summary>The status stands under the page's title, above the correspondence; further down, a letter quoting it is not the page's own.</summary>
    private const int LinesRead = 15;

    public static PublishedStatus? Find(IReadOnlyList<string> lines)
    {
        foreach (var raw in lines.Take(LinesRead))
        {
            var line = raw.Trim();
            var outcome = Refused().IsMatch(line) ? Outcome.Refused
                : Partial().IsMatch(line) ? Outcome.Partial
                : Successful().IsMatch(line) ? Outcome.Answered
                : NotHeld().IsMatch(line) ? Outcome.NotHeld
                : (Outcome?)null;
            if (outcome is { } found)
            {
                return new PublishedStatus(found, line);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^The request was refused by .{3,120}?\.?$")]
    private static partial Regex Refused();

    [GeneratedRegex(@"^The request was partially successful\.?$")]
    private static partial Regex Partial();

    [GeneratedRegex(@"^The request was successful\.?$")]
    private static partial Regex Successful();

    [GeneratedRegex(@"^.{3,120} did not have the information requested\.?$")]
    private static partial Regex NotHeld();
}
