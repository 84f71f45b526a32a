using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /api/authorities: what the index covers, letters per authority and their date span.</summary>
internal static class AuthorityEndpoints
{
    public static RouteGroupBuilder MapAuthorityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/authorities", List).WithName("Authorities").WithSummary("Letters per authority and their date range");
        return api;
    }

    private static Ok<CoverageResponse> List(StaffServices services) =>
        TypedResults.Ok(new CoverageResponse(services.Index.LetterCount, services.Index.Authorities));
}
