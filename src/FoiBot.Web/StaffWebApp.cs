using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FoiBot.Web;

/// <summary>The staff page and its JSON API around services built elsewhere (tests build their own index); <see cref="StaffHost"/> is the host.</summary>
public static class StaffWebApp
{
    public static WebApplication Build(WebOptions options, StaffServices services, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        logging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrelCore();
        builder.Services.AddSingleton(services).AddSingleton(Options.Create(options));
        StaffApp.AddServices(builder.Services);
        return StaffApp.Map(builder.Build());
    }
}
