using FoiBot.Answering.Records;
using FoiBot.Core;
using FoiBot.Search;
using FoiBot.Web.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>GET /api/search: passages matching some words, filtered by authority, response date and outcome; as JSON, or CSV with format=csv.</summary>
internal static class SearchEndpoints
{
    private const int Shown = 25;

    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithName("Search").WithSummary("Find passages in the letters");
        return api;
    }

    private static Results<Ok<SearchResponse>, FileContentHttpResult, ValidationProblem> Search(
        string? q, string? authority, string? from, string? to, string? outcome, string? format, StaffServices services)
    {
        var dates = Problems.CheckDates(from, to, out var fromDate, out var toDate);
        var formatProblem = Problems.CheckFormat(format, out var csv);
        if ((Problems.CheckText("q", q) ?? dates ?? formatProblem) is { } problem)
        {
            return problem;
        }

        Outcome? wanted = null;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            if (!Enum.TryParse<Outcome>(outcome, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || outcome.Any(char.IsDigit))
            {
                return Problems.Invalid("outcome", $"'outcome' must be one of: {string.Join(", ", Enum.GetNames<Outcome>())}.");
            }

            wanted = parsed;
        }

        var canonical = string.IsNullOrWhiteSpace(authority) ? null : services.Catalog.Resolve(authority)?.Name ?? authority.Trim();
        var hits = services.Index.Search(new PassageQuery { Text = q!, Authority = canonical, From = fromDate, To = toDate, Outcome = wanted, Limit = Shown });
        if (csv)
        {
            return CsvDownload.Of(PassageCsv.Write(hits), "foibot-search.csv");
        }

        var highlighter = new Highlighter(services.Index, q!);
        return TypedResults.Ok(new SearchResponse(q!, canonical, hits.Select(h => ToResponse(h, highlighter)).ToList()));
    }

    private static SearchHitResponse ToResponse(PassageHit hit, Highlighter highlighter) => new()
    {
        Ref = hit.Letter.Reference,
        Authority = hit.Letter.Authority ?? "",
        Date = hit.Letter.ResponseDate,
        Number = hit.Pair.Number,
        Question = hit.Pair.Question,
        Answer = hit.Pair.Answer,
        Outcome = hit.Pair.Outcome,
        Score = hit.Score,
        Source = hit.Letter.Source,
        SourceAddress = hit.Letter.SourceAddress,
        QuestionMarks = highlighter.Marks(hit.Pair.Question),
        AnswerMarks = highlighter.Marks(hit.Pair.Answer),
    };
}
