namespace FoiBot.Evaluation;

/// <summary>Every system's figures from one run over the same questions and the same letters.</summary>
public sealed record EvalReport(int Letters, IReadOnlyList<SystemReport> Systems)
{
    public SystemReport this[string system] => Systems.First(s => s.System == system);
}
