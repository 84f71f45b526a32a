using FoiBot.Discord.Bot;
using Microsoft.Extensions.Logging;

namespace FoiBot.Discord.Interactions;

/// <summary>What POST /interactions works with, made on the first request (by then the host's index is open).</summary>
internal sealed record InteractionServices(IEd25519Verifier Verifier, InteractionHandler Handler, BackgroundWork Background, ILogger Logger);
