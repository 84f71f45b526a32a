using System.CommandLine;
using FoiBot.Answering.Records;
using FoiBot.Cli.Output;
using FoiBot.Core;
using FoiBot.Search;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot search`: the passages that match some words, best first, optionally for one authority, date range or outcome.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var terms = new Argument<string>("terms") { Description = "Words to look for" };
        var authority = new Option<string?>("--authority") { Description = "Only letters from this authority (name or alias)" };
        var from = new Option<DateOnly?>("--from") { Description = "Only letters answered on or after this date (yyyy-mm-dd)" };
        var to = new Option<DateOnly?>("--to") { Description = "Only letters answered on or before this date (yyyy-mm-dd)" };
        var outcome = new Option<Outcome?>("--outcome") { Description = "Only answers with this outcome (Answered, Yes, No, NotHeld, Refused, NeitherConfirmNorDeny, PublishedElsewhere, Partial)" };
        var limit = new Option<int>("--limit") { Description = "How many passages at most", DefaultValueFactory = _ => 10 };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var csv = CommonOptions.Csv();
        var command = new Command("search", "Find passages in the letters") { terms, authority, from, to, outcome, limit, index, corpus, json, csv };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var max = result.GetValue(limit);
            if (max is < 1 or > PassageQuery.MaxLimit)
            {
                environment.Error.WriteLine($"--limit must be between 1 and {PassageQuery.MaxLimit}.");
                return ExitCodes.BadInput;
            }

            var named = result.GetValue(authority);
            var canonical = named is null ? null : context.Catalog.Resolve(named)?.Name ?? named;
            using var letters = context.OpenIndex(result.GetValue(index), result.GetValue(corpus), cancellationToken);
            var hits = letters.Search(new PassageQuery
            {
                Text = result.GetValue(terms) ?? "",
                Authority = canonical,
                From = result.GetValue(from),
                To = result.GetValue(to),
                Outcome = result.GetValue(outcome),
                Limit = max,
            });
            var documents = hits.Select(h => new SearchHitDocument(
                h.Letter.Reference, h.Letter.Authority ?? "", CliJson.IsoDate(h.Letter.ResponseDate), h.Pair.Number,
                h.Pair.Question, h.Pair.Answer, h.Pair.Outcome.ToString(), h.Score, h.Letter.Source, h.Letter.SourceAddress)).ToList();
            if (result.GetValue(csv))
            {
                environment.Output.Write(PassageCsv.Write(hits));
            }
            else if (result.GetValue(json))
            {
                environment.Output.WriteLine(CliJson.Serialize(documents));
            }
            else if (documents.Count == 0)
            {
                environment.Output.WriteLine(canonical is null ? "No passage matches." : $"No passage from {canonical} matches.");
            }
            else
            {
                Print(environment.Output, documents);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(TextWriter output, List<SearchHitDocument> hits)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            output.WriteLine($"[{i + 1}] {h.Authority}, {(h.Ref is null ? "no reference" : "ref " + h.Ref)}, {h.Date ?? "undated"}, question {h.Number ?? "-"} ({h.Outcome})");
            output.WriteLine($"    Q: {AnswerPrinter.Shorten(h.Question, 150)}");
            output.WriteLine($"    A: {AnswerPrinter.Shorten(h.Answer.Length > 0 ? h.Answer : "(no answer in the text)", 150)}");
            output.WriteLine($"    {h.Source}");
            if (h.SourceAddress is { } address)
            {
                output.WriteLine($"    Published: {address}");
            }
        }
    }
}
