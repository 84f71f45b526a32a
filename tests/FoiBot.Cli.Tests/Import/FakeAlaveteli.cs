using System.Text;
using FoiBot.Ingestion.Tests.Formats;
using Microsoft.AspNetCore.Http;

namespace FoiBot.Cli.Tests.Import;

/// <summary>
/// A WhatDoTheyKnow for one authority, serving the recorded responses (Import/Recorded/alaveteli) and the hostile
/// ones: truncated JSON, an HTML page where JSON was asked for, a 429 storm, an endless attachment, a redirect to
/// another host, and a request list whose pages repeat requests.
/// </summary>
internal static class FakeAlaveteli
{
    public const string Authority = "bristol_city_council";

    /// <summary>The response letter, only in the PDF attached to the first request's response.</summary>
    public const string PdfLetter = """
        Bristol City Council
        Information Governance
        Our ref: FOI-24-0117
        27 February 2024

        Dear Requester,

        Freedom of Information Act 2000 - request for information

        Thank you for your request received on 1 February 2024. You asked:

        1. Does the council use facial recognition technology on its CCTV cameras?
        2. How many CCTV cameras does the council operate?

        Response

        1. The council does not use live or retrospective facial recognition technology on any of its CCTV cameras.
        2. The council operates 412 public space CCTV cameras.

        Yours sincerely,

        Information Governance Team
        """;

    public const string PdfPath = "/request/101/response/901/attach/2/FOI-24-0117%20response.pdf";

    public const string EndlessPath = "/request/106/response/940/attach/2/response.pdf";

    public static async Task<FakeSite> StartAsync()
    {
        var site = await FakeSite.StartAsync();
        site.Serve("/robots.txt", "text/plain", Recorded("robots.txt"))
            .Serve($"/body/{Authority}.json", "application/json; charset=utf-8", Recorded("body.json"))
            .Serve($"/body/{Authority}", "text/html; charset=utf-8", Recorded("list-page-1.html"))
            .Serve($"/body/{Authority}/successful", "text/html; charset=utf-8", Recorded("list-page-1.html"))
            .Serve($"/body/{Authority}?page=2", "text/html; charset=utf-8", Recorded("list-page-2.html"))
            .Serve($"/body/{Authority}?page=3", "text/html; charset=utf-8", Recorded("list-page-3.html"))
            .Serve($"/body/{Authority}?page=4", "text/html; charset=utf-8", Recorded("list-page-1.html"));
        foreach (var title in new[] { "cctv_facial_recognition", "parking_permits_2023", "highways_maintenance_spend" })
        {
            site.Serve($"/request/{title}.json", "application/json; charset=utf-8", Recorded($"{title}.request.json"))
                .Serve($"/request/{title}", "text/html; charset=utf-8", Recorded($"{title}.request.html"));
        }

        site.Serve(PdfPath, "application/pdf", PdfFixture.Write(PdfLetter))
            .Serve("/request/street_lighting_energy.json", "application/json; charset=utf-8", Recorded("truncated.request.json"))
            .Serve("/request/grass_cutting_contracts.json", "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>Sorry, we're having technical difficulties</h1></body></html>"))
            .Serve("/request/library_opening_hours.json", TooManyRequests)
            .Serve(EndlessPath, EndlessAsync)
            .Serve("/request/council_tax_arrears.json", "application/json; charset=utf-8", Recorded("council_tax_arrears.request.json"))
            .Serve("/request/council_tax_arrears", context =>
            {
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = "http://elsewhere.invalid/request/council_tax_arrears";
                return Task.CompletedTask;
            });
        return site;
    }

    public static byte[] Recorded(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "FoiBot.Cli.Tests", "Import", "Recorded", "alaveteli", name));

    private static Task TooManyRequests(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "0";
        return Task.CompletedTask;
    }

    /// <summary>A gigabyte of "PDF", streamed without a length, until the client hangs up: nothing is held in memory.</summary>
    private static async Task EndlessAsync(HttpContext context)
    {
        context.Response.ContentType = "application/pdf";
        var chunk = new byte[64 * 1024];
        try
        {
            for (long sent = 0; sent < 1L << 30; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The importer gave up at its limit, as it should.
        }
    }
}
