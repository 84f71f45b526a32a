using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FoiBot.Web.Endpoints;

/// <summary>The staff page: HTML, CSS and script embedded in this assembly, served with a policy that forbids any other script.</summary>
internal static class StaticPageEndpoints
{
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> s_files = Load();

    public static WebApplication MapStaticPageEndpoints(this WebApplication app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        foreach (var file in s_files.Keys.Where(f => f != "index.html"))
        {
            app.MapGet("/" + file, (HttpContext http) => Serve(http, file)).ExcludeFromDescription();
        }

        return app;
    }

    private static IResult Serve(HttpContext http, string file)
    {
        if (!s_files.TryGetValue(file, out var content))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ContentSecurityPolicy = Policy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(content.Bytes, content.ContentType);
    }

    private static FrozenDictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(StaticPageEndpoints).Assembly;
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name["wwwroot/".Length..];
            files[file] = (ContentType(file), memory.ToArray());
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}
