namespace FoiBot.Core.Authorities;

/// <summary>Reads the catalog's tab-separated data: a header row, then one authority a line; '#' starts a comment line.</summary>
/// <remarks>Columns: name, kind, nation, place_names, aliases, domains; the last three hold ';'-separated lists and may be left off.</remarks>
internal static class AuthorityTsvParser
{
    private static readonly string[] s_columns = ["name", "kind", "nation", "place_names", "aliases", "domains"];

    /// <exception cref="FormatException">A row is malformed; the message names the source and line.</exception>
    public static List<AuthorityRow> Parse(TextReader reader, string sourceName)
    {
        var rows = new List<AuthorityRow>();
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(s_columns, StringComparer.OrdinalIgnoreCase))
                {
                    throw Error(sourceName, lineNumber, $"expected the header row '{string.Join("\\t", s_columns)}'");
                }

                headerSeen = true;
                continue;
            }

            rows.Add(new AuthorityRow(ParseRow(fields, sourceName, lineNumber), lineNumber));
        }

        return headerSeen ? rows : throw Error(sourceName, lineNumber, "no header row");
    }

    internal static FormatException Error(string sourceName, int line, string message) =>
        new($"{sourceName} line {line}: {message}.");

    private static Authority ParseRow(string[] fields, string sourceName, int line)
    {
        if (fields.Length is < 3 or > 6)
        {
            throw Error(sourceName, line, $"has {fields.Length} tab-separated columns, expected 3 to {s_columns.Length}");
        }

        var name = fields[0].Trim();
        var kind = fields[1].Trim();
        var nation = fields[2].Trim();
        if (name.Length == 0)
        {
            throw Error(sourceName, line, "the name is empty");
        }

        if (!AuthorityKinds.All.Contains(kind))
        {
            throw Error(sourceName, line, $"'{name}' has unknown kind '{kind}'");
        }

        if (!AuthorityKinds.Nations.Contains(nation))
        {
            throw Error(sourceName, line, $"'{name}' has unknown nation '{nation}'");
        }

        var places = List(fields, 3);
        if (places.FirstOrDefault(p => !char.IsUpper(p[0])) is { } lower)
        {
            throw Error(sourceName, line, $"place name '{lower}' of '{name}' must be capitalised as people write it");
        }

        var domains = List(fields, 5).Select(d => d.ToLowerInvariant()).ToArray();
        if (domains.FirstOrDefault(d => !IsDomain(d)) is { } bad)
        {
            throw Error(sourceName, line, $"'{bad}' of '{name}' is not a domain such as barnet.gov.uk");
        }

        return new Authority
        {
            Name = name,
            Kind = kind,
            Nation = nation,
            PlaceNames = places,
            Aliases = List(fields, 4),
            Domains = domains,
        };
    }

    private static string[] List(string[] fields, int column) =>
        column < fields.Length
            ? fields[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label =>
            label.Length > 0 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
