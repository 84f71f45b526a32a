using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using FoiBot.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FoiBot.Web;

/// <summary>The staff page and its JSON API: the composition, and nothing else.</summary>
public static class StaffWebApp
{
    public static WebApplication Build(WebOptions options, StaffServices services, Action<ILoggingBuilder>? logging = null)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Only the options decide where it listens: no ASPNETCORE_URLS or Kestrel section can add a remote endpoint.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls([.. options.UrlList]).ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddSingleton(services).AddSingleton(options).AddProblemDetails().AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            // Letters are untrusted: '<', '>' and '&' leave as \u escapes, never as markup, even in a sniffing client.
            j.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddRateLimiter(r => RateLimits.Configure(r, options));

        var app = builder.Build();
        app.UseExceptionHandler().UseStatusCodePages().UseRateLimiter();
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.PolicyName);
        api.MapAskEndpoints().MapSearchEndpoints().MapLetterEndpoints().MapCheckEndpoints().MapAuthorityEndpoints();
        app.MapHealthEndpoints().MapStaticPageEndpoints();
        return app;
    }
}
