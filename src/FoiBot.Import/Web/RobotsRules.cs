using System.Text;
using System.Text.RegularExpressions;

namespace FoiBot.Import.Web;

/// <summary>
/// A site's robots.txt as RFC 9309 reads it, for one user agent: the group naming the agent (else "*"), its Allow and
/// Disallow rules with the '*' and '$' wildcards, the longest matching rule deciding and Allow winning a tie.
/// </summary>
internal sealed class RobotsRules
{
    private readonly List<Rule> _rules;

    private RobotsRules(List<Rule> rules) => _rules = rules;

    /// <summary>No robots.txt (or one the site answers 4xx for): everything may be fetched.</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>A robots.txt the site could not serve (5xx, no answer): nothing may be fetched until it can.</summary>
    public static RobotsRules DisallowAll { get; } = new([new Rule("/", Allow: false, new Regex("^/", RegexOptions.CultureInvariant))]);

    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<Rule> Rules)>();
        (List<string> Agents, List<Rule> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = StripComment(raw).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field is "user-agent")
            {
                // Consecutive user-agent lines open one group together.
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null || field is not ("allow" or "disallow") || value.Length == 0)
            {
                // An empty Disallow allows everything, which is what no rule means.
                continue;
            }

            current.Value.Rules.Add(new Rule(value, field == "allow", ToRegex(value)));
        }

        // A group naming this agent replaces the "*" group rather than adding to it.
        var token = productToken.ToLowerInvariant();
        var named = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        var chosen = named.Count > 0 ? named : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)]);
    }

    /// <summary>Whether the path and query of <paramref name="address"/> may be fetched.</summary>
    public bool Allows(Uri address)
    {
        var path = address.PathAndQuery.Length == 0 ? "/" : address.PathAndQuery;
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Pattern.IsMatch(path))
            {
                continue;
            }

            if (best is null || rule.Path.Length > best.Path.Length || (rule.Path.Length == best.Path.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    /// <summary>'*' is any run of characters, a final '$' the end of the path; everything else is literal and anchored at the start.</summary>
    private static Regex ToRegex(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = new StringBuilder("^");
        var parts = body.Split('*');
        for (var i = 0; i < parts.Length; i++)
        {
            regex.Append(i > 0 ? ".*" : "").Append(Regex.Escape(parts[i]));
        }

        if (anchored)
        {
            regex.Append('$');
        }

        return new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    private sealed record Rule(string Path, bool Allow, Regex Pattern);
}
