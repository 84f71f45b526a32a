using FoiBot.Core.Text;
using FoiBot.Core;
using FoiBot.Core.Authorities;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Turns the text of one response letter into a <see cref="Disclosure"/>. Works from what all UK FOI letters share
/// (references, dates, a request, answers, closing boilerplate), not from any one authority's template; what it
/// cannot find it reports as a diagnostic instead of guessing.
/// </summary>
public sealed class LetterParser
{
    private readonly AuthorityCatalog _catalog;
    private readonly LetterAuthority _authorities;

    public LetterParser()
        : this(AuthorityCatalog.Default)
    {
    }

    public LetterParser(AuthorityCatalog catalog)
    {
        _catalog = catalog;
        _authorities = new LetterAuthority(catalog);
    }

    public Disclosure Parse(string text, string source, LetterHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<ParseDiagnostic>();
        var fields = FormFields.Read(TextNormalizer.ToLines(text));
        var lines = fields.Body;

        var references = ReferenceExtractor.Extract(lines);
        if (fields.RequestId is not null && !references.Contains(fields.RequestId, StringComparer.OrdinalIgnoreCase))
        {
            references.Insert(0, fields.RequestId);
        }

        var (responseDate, receivedDate) = LetterDates.Find(lines, fields);
        // The subject reader sees the form labels too: a title stands right above "Request ID".
        var subject = SubjectReader.Find(fields.Visible, IsLetterhead);
        var sections = LetterSections.Split(lines);
        // A disclosure log's "Request date" field marks a request as surely as a reference does.
        var looksLikeFoi = references.Count > 0 || sections.RequestSummary is not null || fields.DateReceived is not null || FoiWording.IsMatch(text);
        var pairs = PairAssembler.Assemble(sections, looksLikeFoi, diagnostics);
        var answers = string.Join("\n", pairs.Select(p => p.Answer));
        var law = LawReader.Find(text, answers, lines.FirstOrDefault(l => l.Length > 0));
        pairs = pairs.Select(p => p with { Exemptions = ExemptionReader.Read(p.Answer, law) }).ToList();

        var (authority, authorityPart, authoritySource) = _authorities.Resolve(lines, hints, diagnostics);
        law = ScottishLaw(law, authority);
        references = ApplyReferenceHint(references, hints, diagnostics);
        responseDate = DateHint.Apply(responseDate, hints, diagnostics);
        Report(diagnostics, authority, references, responseDate, receivedDate, subject, pairs);

        return new Disclosure
        {
            Source = source,
            Authority = authority,
            AuthorityPart = authorityPart,
            AuthoritySource = authoritySource,
            References = references,
            ResponseDate = responseDate,
            ReceivedDate = receivedDate,
            Subject = subject,
            Law = law,
            Outcome = OutcomeReader.Combine(pairs.Select(p => p.Outcome)),
            Pairs = pairs,
            Unpaired = LetterRemainder.Of(lines, pairs),
            Status = PublishedStatusReader.Find(lines),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>FOIA and the EIRs do not bind Scottish authorities; a request a Scottish council handled was under FOISA or the EISRs, whatever the requester wrote.</summary>
    private AccessLaw ScottishLaw(AccessLaw law, string? authority)
    {
        if (authority is null || _catalog.Resolve(authority)?.Nation != "Scotland")
        {
            return law;
        }

        return law switch
        {
            AccessLaw.Foia => AccessLaw.Foisa,
            AccessLaw.Eir => AccessLaw.Eisr,
            _ => law,
        };
    }

    /// <summary>An address-like line: short, not a sentence, naming an authority or giving a postcode.</summary>
    private bool IsLetterhead(string line) =>
        line.Length <= 60 && !line.EndsWith('.') && (AuthorityFinder.Postcode().IsMatch(line) || _catalog.FindMentions(line).Count > 0);

    private static List<string> ApplyReferenceHint(List<string> references, LetterHints? hints, List<ParseDiagnostic> diagnostics)
    {
        if (hints?.Reference is not { Length: > 0 } hinted || references.Contains(hinted, StringComparer.OrdinalIgnoreCase))
        {
            return references;
        }

        if (references.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "reference", "not in the text; taken from the manifest"));
            return [hinted];
        }

        diagnostics.Add(new(DiagnosticSeverity.Info, "reference", $"manifest reference '{hinted}' added after the letter's own"));
        return [.. references, hinted];
    }

    private static void Report(List<ParseDiagnostic> diagnostics, string? authority, List<string> references, DateOnly? responseDate, DateOnly? receivedDate, string? subject, List<QaPair> pairs)
    {
        if (authority is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "authority", "no authority found in the letterhead, domains or text"));
        }

        if (references.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "reference", "no reference number found"));
        }

        if (responseDate is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "responseDate", "no response date found"));
        }

        if (receivedDate is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "receivedDate", "no received date found"));
        }

        if (subject is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "subject", "no title or subject line found"));
        }

        if (pairs.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, "pairs", "no question and answer found"));
        }

        foreach (var unanswered in pairs.Where(p => p.Outcome == Outcome.Unanswered))
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "pairs", $"question {unanswered.Number ?? "(unnumbered)"} has no answer in the text"));
        }
    }

    private static readonly System.Text.RegularExpressions.Regex FoiWording = new(
        @"\b(?:(?i:Freedom of Information|Environmental Information|Disclosure Log)|FOIA?|FOISA|EIRs?|EISR)\b", System.Text.RegularExpressions.RegexOptions.Compiled);
}
