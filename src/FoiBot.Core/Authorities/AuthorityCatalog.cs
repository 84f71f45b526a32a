namespace FoiBot.Core.Authorities;

/// <summary>UK public authorities that answer FOI requests, and where a text names them.</summary>
/// <remarks>
/// All lookups go through indexes built once at load: a word trie of every name, alias and place name, and a
/// dictionary of domains. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class AuthorityCatalog
{
    private const string ResourceName = "FoiBot.Core.Authorities.authorities.tsv";

    private static readonly Lazy<AuthorityCatalog> s_default = new(LoadEmbedded);

    private readonly PhraseTrie _phrases;
    private readonly DomainIndex _domains;

    private readonly Lazy<ShortenedNames> _shortened;

    private AuthorityCatalog(IReadOnlyList<Authority> all, PhraseTrie phrases, DomainIndex domains)
    {
        All = all;
        _phrases = phrases;
        _domains = domains;
        _shortened = new(() => new ShortenedNames(all));
    }

    /// <summary>The catalog shipped with FoiBot, loaded on first use.</summary>
    public static AuthorityCatalog Default => s_default.Value;

    public IReadOnlyList<Authority> All { get; }

    /// <summary>Reads a catalog in the data format of the shipped authorities.tsv.</summary>
    /// <param name="sourceName">Names the data in error messages, e.g. a file name.</param>
    /// <exception cref="FormatException">
    /// A row is malformed, or two rows claim the same name, alias, place name or domain; the message names the
    /// source and the line, and for a clash both rows.
    /// </exception>
    public static AuthorityCatalog Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);

        var rows = AuthorityTsvParser.Parse(reader, sourceName);
        var claims = new ClaimRegistry(sourceName);
        var phrases = new PhraseTrie();
        var domains = new DomainIndex();
        foreach (var row in rows)
        {
            foreach (var phrase in PhrasesOf(row, sourceName))
            {
                var kind = phrase.Kind == AuthorityMentionKind.PlaceName ? "place name" : phrase.Kind.ToString().ToLowerInvariant();
                claims.Claim(phrase.ClaimKey, $"{kind} '{string.Join(' ', phrase.Words)}'", row);
                phrases.Add(phrase);
            }

            foreach (var domain in row.Authority.Domains.Distinct())
            {
                claims.Claim("@" + domain, $"domain '{domain}'", row);
                domains.Add(domain, row.Authority);
            }
        }

        return new AuthorityCatalog([.. rows.Select(r => r.Authority)], phrases, domains);
    }

    /// <summary>
    /// The authority a whole string names: its name, an alias, a place name ("Barnet", capitalised as in the
    /// catalog), "Barnet Council" or "council of Barnet"; case and a leading "The" do not matter except in place
    /// names and acronyms. Null when unknown.
    /// </summary>
    public Authority? Resolve(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);

        var tokens = TextTokenizer.Tokenize(nameOrAlias);
        if (tokens.Count == 0)
        {
            return null;
        }

        var match = _phrases.Match(nameOrAlias, tokens, 0, tokens.Count - 1);
        if (match is null && tokens.Count > 1 && tokens[0].KeySpan(nameOrAlias).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            match = _phrases.Match(nameOrAlias, tokens, 1, tokens.Count - 1);
        }

        return match?.Phrase.Authority;
    }

    /// <summary>
    /// The authority a name as people write it means, where <see cref="Resolve"/> wants the catalog's own words: a note
    /// in brackets dropped ("Leeds City Council (inferred)"), "&amp;" read as "and", "X Borough Council" for "London
    /// Borough of X" and back, "X City Council" for "X Council" and back; and a part of a council ("Moray Licensing
    /// Board", "X Pension Fund", "X Joint Committee") resolved to the council with the part kept. Null when none fits.
    /// </summary>
    public ResolvedName? ResolveLoosely(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LooseNames.Resolve(this, name);
    }

    /// <summary>
    /// The one authority a name shortened as in file names means: joining words and trailing kind words left out,
    /// apostrophes dropped ("ashford st peters", "hereford worcester fire"); at least two distinctive words, and null when
    /// none or several authorities shorten so.
    /// </summary>
    public Authority? ResolveShortened(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _shortened.Value.Find(words);
    }

    /// <summary>
    /// The one authority of <paramref name="kind"/> (a <see cref="AuthorityKinds"/> value) whose name or an alias holds
    /// <paramref name="place"/> as whole words ("Essex", fire: Essex County Fire and Rescue Service); where several do,
    /// the one <paramref name="bodyWord"/> narrows to, or that starts with the place; null when none or still several.
    /// </summary>
    public Authority? FindOfKind(string place, string kind, string? bodyWord = null)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kind);
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = All.Where(a => a.Kind == kind && (HoldsWords(a.Name, words) || a.Aliases.Any(alias => HoldsWords(alias, words)))).ToList();
        if (matches.Count > 1 && bodyWord is not null)
        {
            var narrowed = matches.Where(a => BodyWords.Narrows(bodyWord, a.Name)).ToList();
            matches = narrowed.Count > 0 ? narrowed : matches;
        }

        if (matches.Count > 1)
        {
            var prefix = place + " ";
            matches = [.. matches.Where(a => a.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))];
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    private static bool HoldsWords(string name, string[] words)
    {
        var nameWords = name.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + words.Length <= nameWords.Length; i++)
        {
            if (words.Select((w, j) => nameWords[i + j].Equals(w, StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The authority whose domain, or a subdomain of it, an email address ("foi@barnet.gov.uk"), a web address
    /// ("http://open.barnet.gov.uk/") or a host ("www.coventry.gov.uk") is in; null when none is.
    /// </summary>
    public Authority? FromDomain(string emailUrlOrHost)
    {
        ArgumentNullException.ThrowIfNull(emailUrlOrHost);
        return _domains.Lookup(emailUrlOrHost);
    }

    /// <summary>Every mention of an authority in <paramref name="text"/>, in text order; where mentions overlap the longest wins.</summary>
    public IReadOnlyList<AuthorityMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindMentions(text, TextTokenizer.Tokenize(text));
    }

    /// <summary>
    /// Phrases, as written, that look like an authority's name but are none in the catalog: "Narnia Borough
    /// Council", "Gotham City Police", "Council of Atlantis". Generic ones such as "the Council" are not reported.
    /// </summary>
    public IReadOnlyList<string> FindUnrecognisedNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TextTokenizer.Tokenize(text);
        return UnrecognisedNameFinder.Find(text, tokens, FindMentions(text, tokens));
    }

    private List<AuthorityMention> FindMentions(string text, List<TextToken> tokens)
    {
        var candidates = new List<AuthorityMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_phrases.Match(text, tokens, i) is { } match
                && !(match.Phrase.Kind == AuthorityMentionKind.PlaceName && StreetNames.Follows(text, tokens, match)))
            {
                candidates.Add(match.ToMention(tokens));
            }
        }

        candidates.AddRange(_domains.FindHosts(text));
        return LongestWithoutOverlaps(candidates);
    }

    private static List<AuthorityMention> LongestWithoutOverlaps(List<AuthorityMention> candidates)
    {
        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var chosen = new List<AuthorityMention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!chosen.Exists(c => c.Start < candidate.Start + candidate.Length && candidate.Start < c.Start + c.Length))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static IEnumerable<IndexedPhrase> PhrasesOf(AuthorityRow row, string sourceName)
    {
        try
        {
            return [.. AuthorityPhrases.For(row.Authority)];
        }
        catch (FormatException e)
        {
            throw AuthorityTsvParser.Error(sourceName, row.Line, e.Message.TrimEnd('.'));
        }
    }

    private static AuthorityCatalog LoadEmbedded()
    {
        using var stream = typeof(AuthorityCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(AuthorityCatalog).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Load(reader, "authorities.tsv");
    }
}
