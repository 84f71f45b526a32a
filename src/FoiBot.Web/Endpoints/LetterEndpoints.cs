using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /api/letters/{ref}: one whole letter by its reference (references may hold slashes: "FOI/123").</summary>
internal static class LetterEndpoints
{
    public static RouteGroupBuilder MapLetterEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/letters/{**reference}", Get).WithName("GetLetter").WithSummary("One letter with its question/answer pairs").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Results<Ok<LetterResponse>, ProblemHttpResult, ValidationProblem> Get(string reference, string? q, StaffServices services)
    {
        if (Problems.CheckText("reference", reference, 200) is { } problem)
        {
            return problem;
        }

        if (services.Index.FindLetter(reference) is not { } letter)
        {
            return TypedResults.Problem("No letter in the index has this reference.", statusCode: StatusCodes.Status404NotFound, title: "No such letter");
        }

        IReadOnlyList<PairMarks> marks = [];
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= Problems.MaxQueryLength)
        {
            var highlighter = new Highlighter(services.Index, q);
            marks = letter.Pairs.Select(p => new PairMarks(highlighter.Marks(p.Question), highlighter.Marks(p.Answer))).ToList();
        }

        return TypedResults.Ok(new LetterResponse(letter, marks));
    }
}
