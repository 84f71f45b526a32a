using FoiBot.Answering.PriorDisclosure;
using FoiBot.Answering.Records;
using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>POST /api/check: a new request's questions, each with what earlier letters disclosed on it; as JSON, or CSV with ?format=csv.</summary>
internal static class CheckEndpoints
{
    public const int MaxRequestChars = 20_000;

    public static RouteGroupBuilder MapCheckEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/check", Check).WithName("CheckRequest").WithSummary("Prior disclosures for each question of a new request");
        return api;
    }

    private static Results<Ok<RequestCheck>, FileContentHttpResult, ValidationProblem> Check(CheckRequestBody body, string? format, StaffServices services, CancellationToken cancellationToken)
    {
        var formatProblem = Problems.CheckFormat(format, out var csv);
        if ((Problems.CheckText("text", body.Text, MaxRequestChars) ?? formatProblem) is { } problem)
        {
            return problem;
        }

        var authority = string.IsNullOrWhiteSpace(body.Authority) ? null : body.Authority;
        var check = services.Checker.Check(body.Text!, authority, cancellationToken);
        return csv ? CsvDownload.Of(CheckCsv.Write(check), "foibot-check.csv") : TypedResults.Ok(check);
    }
}
