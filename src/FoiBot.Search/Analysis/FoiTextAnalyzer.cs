using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace FoiBot.Search.Analysis;

/// <summary>The English analysis for letter text; with a synonym map it is the query-time variant.</summary>
/// <remarks>
/// Synonyms come last, after stemming, so the map holds stems and "chest cameras" matches the entry
/// "chest camera" without listing every plural. Keeping them out of the index means the map can change
/// without a rebuild.
/// </remarks>
internal sealed class FoiTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SynonymMap? _synonyms;

    public FoiTextAnalyzer(SynonymMap? synonyms = null)
    {
        _synonyms = synonyms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }

        return new TokenStreamComponents(source, stream);
    }
}
