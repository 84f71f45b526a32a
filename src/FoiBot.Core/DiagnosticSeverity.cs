namespace FoiBot.Core;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
