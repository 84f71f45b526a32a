namespace FoiBot.Web.Contracts;

/// <param name="Status">"ok", or "degraded" while the host answers from the last good index through a corpus fault.</param>
/// <param name="Reasons">What is wrong, in words, when degraded; empty when ok.</param>
public sealed record HealthResponse(string Status, int Letters, int Passages, IReadOnlyList<string> Reasons);
