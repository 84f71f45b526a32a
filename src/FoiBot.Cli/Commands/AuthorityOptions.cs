using System.CommandLine;
using System.CommandLine.Parsing;

namespace FoiBot.Cli.Commands;

/// <summary>`--authority NAME`: the authority every letter under the `--corpus` folder it follows is from.</summary>
internal static class AuthorityOptions
{
    public static Option<string[]> Create() => new("--authority")
    {
        Description = "The authority whose letters the --corpus folder before it holds, as the catalog names it; repeat after each --corpus that has one",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Each --authority with the --corpus folder it follows on the command line. Without --corpus, one --authority is
    /// for the one configured folder, when there is just one.
    /// </summary>
    /// <exception cref="UsageException">An --authority follows no --corpus, or two follow one.</exception>
    public static List<KeyValuePair<string, string>> Pair(ParseResult result, Option<string[]> corpus, Option<string[]> authority, IReadOnlyList<string> configured)
    {
        var names = result.GetValue(authority) ?? [];
        if (names.Length == 0)
        {
            return [];
        }

        if (result.GetValue(corpus) is not { Length: > 0 })
        {
            return names.Length == 1 && configured.Count == 1
                ? [KeyValuePair.Create(configured[0], names[0])]
                : throw new UsageException("--authority must follow the --corpus folder it is for: foibot index --corpus DIR --authority NAME.");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        string? folder = null;
        string? option = null;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.Option)
            {
                option = token.Value;
                continue;
            }

            if (token.Type != TokenType.Argument)
            {
                option = null;
                continue;
            }

            if (corpus.Name == option || corpus.Aliases.Contains(option!))
            {
                folder = token.Value;
            }
            else if (authority.Name == option || authority.Aliases.Contains(option!))
            {
                if (folder is null)
                {
                    throw new UsageException($"--authority '{token.Value}' comes before any --corpus; it must follow the folder it is for: --corpus DIR --authority NAME.");
                }

                if (!named.Add(folder))
                {
                    throw new UsageException($"--corpus {folder} is followed by two --authority options; a folder's letters can be only one authority's.");
                }

                pairs.Add(KeyValuePair.Create(folder, token.Value));
            }

            option = null;
        }

        return pairs;
    }
}
