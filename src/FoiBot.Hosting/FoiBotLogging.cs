using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace FoiBot.Hosting;

/// <summary>Console logging as every FoiBot process does it, set by the "Logging" section.</summary>
public static class FoiBotLogging
{
    /// <summary>
    /// Replaces the logging providers with the console: Warning and up unless Logging:LogLevel says otherwise, one line
    /// per entry, on stderr (stdout carries what a command prints), in the format Logging:Console:FormatterName names
    /// ("simple" by default, "json" for one JSON object per line).
    /// </summary>
    public static ILoggingBuilder AddFoiBotConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddConfiguration(configuration.GetSection("Logging"));

        // Registered before the console provider binds Logging:Console, so the section still has the last word. The
        // formatter is named because, unnamed, the provider gives the simple formatter options of its own, multi-line.
        logging.Services.Configure<ConsoleLoggerOptions>(o =>
        {
            o.FormatterName = ConsoleFormatterNames.Simple;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.Services.Configure<SimpleConsoleFormatterOptions>(o => o.SingleLine = true);
        return logging.AddConsole();
    }
}
