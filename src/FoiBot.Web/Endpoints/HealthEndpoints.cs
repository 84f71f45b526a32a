using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>
/// GET /healthz: the process answers and its index is open; "degraded", with reasons, while it answers from the last
/// good index through a corpus fault. Not rate limited, so monitors never trip it.
/// </summary>
internal static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", (StaffServices services) => TypedResults.Ok(
                new HealthResponse(services.Health.Status, services.Index.LetterCount, services.Index.PassageCount, services.Health.Reasons)))
            .WithName("Health");
        return app;
    }
}
