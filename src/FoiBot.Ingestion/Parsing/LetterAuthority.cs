using FoiBot.Core;
using FoiBot.Core.Authorities;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Who wrote a letter, from what it comes with, most trusted first: a provenance table; the authority set for its corpus
/// folder; the letter's letterhead or its own domains; the file's or a folder's name; how the text names a body. A body
/// the text merely mentions never wins over a stronger signal, and each disagreement is reported. Other letters in the
/// same folder are a corpus-level signal, weighed after this (<see cref="Loading.SiblingAuthorities"/>).
/// </summary>
internal sealed class LetterAuthority(AuthorityCatalog catalog)
{
    private readonly AuthorityFinder _finder = new(catalog);

    public (string? Name, string? Part, AuthoritySource Source) Resolve(IReadOnlyList<string> lines, LetterHints? hints, List<ParseDiagnostic> diagnostics)
    {
        var found = _finder.Find(lines);
        string? unknownTableName = null;
        if (hints?.Authority is { } name)
        {
            if (catalog.ResolveLoosely(name) is { } resolved)
            {
                Disagreement(found, resolved.Authority.Name, "manifest", diagnostics);
                return (resolved.Authority.Name, resolved.Part, AuthoritySource.ProvenanceTable);
            }

            // A name no catalog entry matches is often a spelling the table's writer knows and the catalog does not; the
            // letter's own known authority is worth more than it, and the name is kept only when nothing better is found.
            unknownTableName = name.Trim();
        }

        var own = Own(found, hints, diagnostics);
        if (unknownTableName is not null)
        {
            var outcome = own.Source is AuthoritySource.None or AuthoritySource.Text
                ? "kept as written, as the letter names no known authority itself"
                : $"'{own.Name}', from the letter's {Describe(own.Source)}, is used instead";
            diagnostics.Add(new(DiagnosticSeverity.Warning, "authority", $"the manifest names '{unknownTableName}', which is no authority FoiBot knows; {outcome}"));
            return own.Source is AuthoritySource.None or AuthoritySource.Text ? (unknownTableName, null, AuthoritySource.ProvenanceTable) : own;
        }

        return own;
    }

    /// <summary>What the letter and the place it was saved say, below the provenance table.</summary>
    private (string? Name, string? Part, AuthoritySource Source) Own(AuthorityFinder.Finding? found, LetterHints? hints, List<ParseDiagnostic> diagnostics)
    {
        if (hints?.CorpusAuthority is { } set && catalog.ResolveLoosely(set) is { } folderAuthority)
        {
            Disagreement(found, folderAuthority.Authority.Name, "corpus folder's set authority", diagnostics);
            return (folderAuthority.Authority.Name, folderAuthority.Part, AuthoritySource.CorpusFolder);
        }

        if (found is { Strong: true })
        {
            return (found.Authority.Name, null, AuthoritySource.Letterhead);
        }

        if (hints?.FilePath is { } path && FileNameAuthority.Find(catalog, path) is { } placed)
        {
            var where = Describe(placed.Source);
            if (found is not null && found.Authority != placed.Authority)
            {
                diagnostics.Add(new(DiagnosticSeverity.Info, "authority", $"the {where} says '{placed.Authority.Name}'; the text only mentions '{found.Authority.Name}'; the {where} is used"));
            }
            else
            {
                diagnostics.Add(new(DiagnosticSeverity.Info, "authority", $"taken from the {where}; no letterhead or domain"));
            }

            return (placed.Authority.Name, null, placed.Source);
        }

        if (hints?.FilePath is { } named && FileNameAuthority.LocalCouncil(named) is { } local)
        {
            diagnostics.Add(new(DiagnosticSeverity.Warning, "authority", $"'{local}', from the file name, is not in FoiBot's catalog; kept as the file names it"));
            return (local, null, AuthoritySource.FileName);
        }

        if (hints?.FilePath is { } saved && FileNameAuthority.UnlistedBody(saved) is { } unlisted)
        {
            var mentioned = found is null ? "" : $"; the text only mentions '{found.Authority.Name}'";
            diagnostics.Add(new(DiagnosticSeverity.Warning, "authority", $"'{unlisted}', from the file name, is not in FoiBot's catalog; kept as the file names it{mentioned}"));
            return (unlisted, null, AuthoritySource.FileName);
        }

        if (found is not null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "authority", $"'{found.Authority.Name}' inferred from how the text names it; no letterhead or domain"));
            return (found.Authority.Name, null, AuthoritySource.Text);
        }

        return (null, null, AuthoritySource.None);
    }

    /// <summary>A user's word (a table, a folder's set authority) wins; what the text suggests otherwise is reported, as a warning when it is the letterhead's.</summary>
    private static void Disagreement(AuthorityFinder.Finding? found, string used, string where, List<ParseDiagnostic> diagnostics)
    {
        if (found is not null && found.Authority.Name != used)
        {
            var severity = found.Strong ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            diagnostics.Add(new(severity, "authority", $"the {where} says '{used}', the text's {found.Evidence} suggests '{found.Authority.Name}'; the {where} is used"));
        }
        else if (found is null)
        {
            diagnostics.Add(new(DiagnosticSeverity.Info, "authority", $"not named in the text; taken from the {where}"));
        }
    }

    private static string Describe(AuthoritySource source) => source switch
    {
        AuthoritySource.CorpusFolder => "corpus folder's set authority",
        AuthoritySource.Letterhead => "letterhead or domain",
        AuthoritySource.FileName => "file name",
        AuthoritySource.FolderName => "folder name",
        _ => "text",
    };
}
