using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using FoiBot.Hosting;
using FoiBot.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FoiBot.Web;

/// <summary>The staff page and its JSON API as services and endpoints, whoever supplies <see cref="WebOptions"/> and <see cref="StaffServices"/>.</summary>
internal static class StaffApp
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddRoutingCore().AddProblemDetails().AddOpenApi();
        services.ConfigureHttpJsonOptions(j =>
        {
            // Letters are untrusted: '<', '>' and '&' leave as \u escapes, never as markup, even in a sniffing client.
            j.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        AccessControl.AddServices(services);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebOptions>>((limiter, web) => RateLimits.Configure(limiter, web.Value));
        services.AddHostedService(sp =>
        {
            var web = sp.GetRequiredService<IOptions<WebOptions>>();
            var kestrel = sp.GetRequiredService<IOptions<KestrelServerOptions>>();
            return new ListenAddresses(sp.GetRequiredService<IServer>(), () => web.Value.UrlList, () => kestrel.Value.Limits.MaxRequestBodySize = web.Value.MaxRequestBodyBytes);
        });
    }

    public static WebApplication Map(WebApplication app)
    {
        app.UseExceptionHandler().UseStatusCodePages();
        AccessControl.Use(app).UseRateLimiter();
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.PolicyName);
        api.MapAskEndpoints().MapSearchEndpoints().MapLetterEndpoints().MapCheckEndpoints().MapAuthorityEndpoints().MapStatsEndpoints();
        app.MapHealthEndpoints().MapStaticPageEndpoints();
        return app;
    }
}
