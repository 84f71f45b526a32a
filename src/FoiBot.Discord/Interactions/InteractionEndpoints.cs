using FoiBot.Discord.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Interactions;

/// <summary>
/// POST /interactions: the signature is checked on the raw bytes before anything else (401 when bad, as Discord
/// demands), then the first response goes back as the HTTP reply and any slower work carries on over REST.
/// </summary>
internal static class InteractionEndpoints
{
    /// <summary>Discord gives three seconds; leave room for the trip back.</summary>
    private static readonly TimeSpan s_firstResponseDeadline = TimeSpan.FromMilliseconds(2500);

    public static void Map(WebApplication app)
    {
        app.MapPost("/interactions", async (HttpContext http, InteractionServices services) =>
        {
            var (verifier, handler, background, logger) = services;
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            var body = buffer.ToArray();
            var signature = http.Request.Headers[InteractionSignature.SignatureHeader].ToString();
            var timestamp = http.Request.Headers[InteractionSignature.TimestampHeader].ToString();
            if (!InteractionSignature.IsValid(verifier, signature, timestamp, body))
            {
                Log.BadSignature(logger);
                return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
            }

            InteractionDto? interaction;
            try
            {
                interaction = System.Text.Json.JsonSerializer.Deserialize<InteractionDto>(body, DiscordJson.Options);
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.BadRequest();
            }

            if (interaction is null)
            {
                return Results.BadRequest();
            }

            var responder = new InlineResponder();
            background.Start(ct => handler.HandleAsync(interaction, responder, ct));
            var first = await responder.Response.WaitAsync(s_firstResponseDeadline, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(first, DiscordJson.Options);
        });
    }
}
