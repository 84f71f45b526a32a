namespace FoiBot.Web.Contracts;

public sealed record HealthResponse(string Status, int Letters, int Passages);
