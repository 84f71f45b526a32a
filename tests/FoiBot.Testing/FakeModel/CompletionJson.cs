using System.Text.Json.Nodes;

namespace FoiBot.Testing.FakeModel;

/// <summary>OpenAI chat completion bodies for the fake model: one whole reply, or the chunks of a streamed one.</summary>
public static class CompletionJson
{
    private const int ChunkChars = 7;

    public static string Whole(ModelStep step)
    {
        var (message, finish) = step switch
        {
            ModelStep.Say say => (new JsonObject { ["role"] = "assistant", ["content"] = say.Text }, "stop"),
            ModelStep.CallTool call => (new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = ToolCalls(call, withIndex: false) }, "tool_calls"),
            _ => throw new ArgumentException($"{step} has no completion body", nameof(step)),
        };
        return Envelope("chat.completion", new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }, usage: true).ToJsonString();
    }

    public static IEnumerable<string> Chunks(ModelStep step)
    {
        if (step is ModelStep.CallTool call)
        {
            yield return Chunk(new JsonObject { ["role"] = "assistant", ["tool_calls"] = ToolCalls(call, withIndex: true) }, null);
            yield return Chunk(new JsonObject(), "tool_calls");
            yield break;
        }

        var text = ((ModelStep.Say)step).Text;
        for (var i = 0; i < text.Length; i += ChunkChars)
        {
            var delta = new JsonObject { ["content"] = text.Substring(i, Math.Min(ChunkChars, text.Length - i)) };
            if (i == 0)
            {
                delta["role"] = "assistant";
            }

            yield return Chunk(delta, null);
        }

        yield return Chunk(new JsonObject(), "stop");
    }

    /// <summary>Ollama's reply: one object, or when streamed one object per piece and a last one marked done.</summary>
    public static IEnumerable<string> OllamaLines(ModelStep.Say say, bool stream)
    {
        var pieces = stream ? say.Text.Chunk(ChunkChars).Select(c => new string(c)).Append("") : [say.Text];
        foreach (var (piece, i) in pieces.Select((p, i) => (p, i)))
        {
            var done = !stream || piece.Length == 0;
            var line = new JsonObject
            {
                ["model"] = "fake-model",
                ["created_at"] = "2026-01-01T00:00:00Z",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = piece },
                ["done"] = done,
            };
            if (done)
            {
                line["done_reason"] = "stop";
            }

            yield return line.ToJsonString();
        }
    }

    private static string Chunk(JsonObject delta, string? finish) =>
        Envelope("chat.completion.chunk", new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }, usage: false).ToJsonString();

    private static JsonArray ToolCalls(ModelStep.CallTool call, bool withIndex)
    {
        var item = new JsonObject
        {
            ["id"] = "call_" + call.Function,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = call.Function, ["arguments"] = call.ArgumentsJson },
        };
        if (withIndex)
        {
            item["index"] = 0;
        }

        return [item];
    }

    private static JsonObject Envelope(string kind, JsonObject choice, bool usage)
    {
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = kind,
            ["created"] = 1_700_000_000,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(choice),
        };
        if (usage)
        {
            body["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 };
        }

        return body;
    }
}
