namespace FoiBot.Discord.Tests.Fakes;

/// <summary>A response the fake REST API gives once to the first request that matches, instead of its normal one.</summary>
public sealed record ScriptedResponse(string Method, string PathPart, int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
