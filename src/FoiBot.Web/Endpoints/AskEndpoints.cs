using FoiBot.Answering;
using FoiBot.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /api/ask: a question answered from the letters, citing them.</summary>
internal static class AskEndpoints
{
    public static RouteGroupBuilder MapAskEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/ask", AskAsync).WithName("Ask").WithSummary("Answer a question from the letters, citing them");
        return api;
    }

    private static async Task<Results<Ok<Answer>, ValidationProblem>> AskAsync(string? q, string? authority, StaffServices services, CancellationToken cancellationToken)
    {
        if (Problems.CheckText("q", q) is { } problem)
        {
            return problem;
        }

        var request = new AnswerRequest { Question = q!, Authority = string.IsNullOrWhiteSpace(authority) ? null : authority };
        return TypedResults.Ok(await services.Engine.AnswerAsync(request, cancellationToken));
    }
}
