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

    private static readonly Lazy<ISentenceEmbedder> MiniLmModel = new(Create);

    public static IReadOnlyList<string> Names { get; } = [None, MiniLm];

    /// <summary>What a host built without the model says when the settings ask for it.</summary>
    public static string Missing => $"{MiniLm} needs {ModelAssembly}, which this build lacks; build the host with -p:FoiBotEmbeddings=true.";

    public static bool Known(string? name) => name is not null && Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the model named can be loaded in this build: "None" always; "MiniLM" when its assembly is beside the host.</summary>
    /// <remarks>Loads only the small FoiBot.Embeddings assembly, not the model, so settings can be checked at start-up.</remarks>
    public static bool Available(string name)
    {
        if (string.Equals(name, None, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return Assembly.Load(ModelAssembly).GetType(MiniLmType) is not null;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The model named, loaded once and shared (loading takes a second or two), or null for "None".</summary>
    /// <exception cref="InvalidOperationException">The model's assembly is not beside the host.</exception>
    public static ISentenceEmbedder? Load(string name)
    {
        if (string.Equals(name, None, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return MiniLmModel.Value;
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
            throw new InvalidOperationException(Missing, ex);
        }

        var type = assembly.GetType(MiniLmType, throwOnError: true)!;
        return (ISentenceEmbedder)Activator.CreateInstance(type)!;
    }
}
