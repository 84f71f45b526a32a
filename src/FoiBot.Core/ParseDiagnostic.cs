namespace FoiBot.Core;

/// <summary>Something the parser could not find, or a decision it made that a person may want to check.</summary>
/// <param name="Field">The field concerned: "authority", "reference", "responseDate", "pairs", ...</param>
public sealed record ParseDiagnostic(DiagnosticSeverity Severity, string Field, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Field}: {Message}";
}
