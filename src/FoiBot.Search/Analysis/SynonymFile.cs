using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace FoiBot.Search.Analysis;

/// <summary>Reads the FOI synonym groups into a map of analysed (stemmed) phrases.</summary>
/// <remarks>
/// Lucene's own Solr parser refuses phrases that lose a stop word ("homes for ukraine"), so phrases are
/// analysed here. Each expansion is one output token, its stems joined by spaces ("penalti charg notic"):
/// split into words, SynonymFilter would lay them over the following query words and a passage holding
/// just "charge" would pass for "PCN". As one token it sits on the words it replaces and is searched as a phrase.
/// </remarks>
internal static class SynonymFile
{
    private const string ResourceName = "FoiBot.Search.Analysis.synonyms.txt";

    public static SynonymMap LoadEmbedded(Analyzer indexAnalyzer)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from FoiBot.Search.");
        using var reader = new StreamReader(stream);
        return Parse(reader, indexAnalyzer);
    }

    public static SynonymMap Parse(TextReader reader, Analyzer indexAnalyzer)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var phrases = ReadGroup(line, indexAnalyzer);
            foreach (var input in phrases)
            {
                foreach (var output in phrases.Where(p => p != input))
                {
                    builder.Add(SynonymMap.Builder.Join(input.Split(' '), new CharsRef()), new CharsRef(output), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The distinct analysed phrases of one line, each as its stems joined by spaces.</summary>
    private static List<string> ReadGroup(string line, Analyzer indexAnalyzer)
    {
        var comment = line.IndexOf('#', StringComparison.Ordinal);
        var content = comment >= 0 ? line[..comment] : line;
        return content
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(phrase => string.Join(' ', TokenReader.Read(indexAnalyzer, phrase).Select(t => t.Term)))
            .Where(stems => stems.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
