using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /healthz: the process answers and its index is open. Not rate limited, so monitors never trip it.</summary>
internal static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", (StaffServices services) => TypedResults.Ok(new HealthResponse("ok", services.Index.LetterCount, services.Index.PassageCount)))
            .WithName("Health");
        return app;
    }
}
