using System.Collections.Concurrent;
using System.Reflection;

namespace FoiBot.Answering.Semantic;

/// <summary>
/// The embedding models Answering:Embeddings can name. The model lives in FoiBot.Embeddings, which carries 167 MB
/// of weights, so no host references it unless built to: it is found by name at run time, once per process.
/// </summary>
public static class SentenceEmbedders
{
    public const string None = "None";
    public const string MiniLm = "MiniLM";

    private const string ModelAssembly = "FoiBot.Embeddings";
    private const string MiniLmType = "FoiBot.Embeddings.MiniLmEmbedder";

    private static readonly ConcurrentDictionary<string, Lazy<ISentenceEmbedder>> Loaded = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Names { get; } = [None, MiniLm];

    public static bool Known(string? name) => name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The model named, loaded once and shared (loading takes a second or two), or null for "None".</summary>
    /// <exception cref="InvalidOperationException">The model's assembly is not beside the host.</exception>
    public static ISentenceEmbedder? Load(string name)
    {
        if (string.Equals(name, None, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Loaded.GetOrAdd(MiniLm, _ => new Lazy<ISentenceEmbedder>(Create)).Value;
    }

    private static ISentenceEmbedder Create()
    {
        Assembly assembly;
        try
        {
            assembly = System.Reflection.Assembly.Load(ModelAssembly);
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidOperationException(
                $"Answering:Embeddings is {MiniLm}, but this build has no {ModelAssembly}; build the host with -p:FoiBotEmbeddings=true.", ex);
        }

        var type = assembly.GetType(MiniLmType, throwOnError: true)!;
        return (ISentenceEmbedder)Activator.CreateInstance(type)!;
    }
}
