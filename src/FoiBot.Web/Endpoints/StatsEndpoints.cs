using FoiBot.Answering.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /api/stats: letters answered in a date range, counted by authority, outcome and exemption cited.</summary>
internal static class StatsEndpoints
{
    public static RouteGroupBuilder MapStatsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", Stats).WithName("Stats").WithSummary("Letter counts by authority, outcome and exemption, optionally between two dates");
        return api;
    }

    private static Results<Ok<StatsReport>, ValidationProblem> Stats(string? from, string? to, StaffServices services)
    {
        if (Problems.CheckDates(from, to, out var fromDate, out var toDate) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(LetterStats.Count(services.Index, fromDate, toDate));
    }
}
