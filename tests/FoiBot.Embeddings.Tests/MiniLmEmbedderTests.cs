using FoiBot.Answering.Semantic;

namespace FoiBot.Embeddings.Tests;

public sealed class MiniLmEmbedderTests(MiniLmFixture model) : IClassFixture<MiniLmFixture>
{
    [Fact]
    public void Embed_GivesUnitVectorsOf384Dimensions()
    {
        var vector = model.Embedder.Embed("How many parking fines were issued in 2023?");

        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, SentenceVectors.Dot(vector, vector), precision: 3);
    }

    [Fact]
    public void Embed_SameQuestionInOtherWords_IsFarLikerThanAnUnrelatedOne()
    {
        var asked = model.Embedder.Embed("Do parking wardens wear chest cameras?");

        var same = SentenceVectors.Dot(asked, model.Embedder.Embed("Do civil enforcement officers use body worn video?"));
        var unrelated = SentenceVectors.Dot(asked, model.Embedder.Embed("How many allotment plots does the council have?"));

        Assert.True(same > 0.5, $"paraphrase {same:F3}");
        Assert.True(same > unrelated + 0.3, $"paraphrase {same:F3}, unrelated {unrelated:F3}");
    }

    [Fact]
    public void Load_MiniLm_FindsTheModelBesideTheHostOnceAndSharesIt()
    {
        var first = SentenceEmbedders.Load("MiniLM");

        Assert.IsType<MiniLmEmbedder>(first);
        Assert.Same(first, SentenceEmbedders.Load("minilm"));
        Assert.Null(SentenceEmbedders.Load("None"));
    }
}
