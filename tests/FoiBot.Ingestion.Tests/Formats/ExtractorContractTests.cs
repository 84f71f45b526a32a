using FoiBot.Ingestion.Extraction;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>The contract every <see cref="ITextExtractor"/> keeps, run against each one with its own format's fixture.</summary>
public sealed class ExtractorContractTests
{
    private static readonly string s_letter = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));
    private static readonly IReadOnlyDictionary<string, byte[]> s_fixtures = FixtureWriter.AllFormats(s_letter);
    private static readonly ExtractionLimits s_limits = new();

    /// <summary>Each extractor once, named by its first extension.</summary>
    public static TheoryData<string> Extractors => [.. TextExtractors.Default.All.Select(e => e.Extensions[0])];

    private static ITextExtractor For(string extension) => TextExtractors.Default.All.Single(e => e.Extensions[0] == extension);

    [Fact]
    public void Extractors_EveryFormatTheCorpusReads_HasOneExtractor()
    {
        var extensions = TextExtractors.Default.All.SelectMany(e => e.Extensions).ToList();

        Assert.Equal(extensions.Distinct().Count(), extensions.Count);
        Assert.Equal(new FoiBot.Ingestion.Corpus.CorpusOptions().Extensions.Order(), extensions.Order());
        Assert.All(extensions, e => Assert.Matches("^\\.[a-z]+$", e));
    }

    [Theory]
    [MemberData(nameof(Extractors))]
    public void Extract_ItsOwnFormat_GivesTheLetterTextWithNewlineLineEnds(string extension)
    {
        var result = For(extension).Extract(s_fixtures[extension], s_limits, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Problem);
        var text = result.Sources[0].Text;
        Assert.Contains("Our ref: 5576276", text, StringComparison.Ordinal);
        Assert.Contains("Is face recognition software used in LB of Barnet", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Theory]
    [MemberData(nameof(Extractors))]
    public void Extract_NoBytes_IsAOneLineReasonNotAnException(string extension)
    {
        var result = For(extension).Extract(ReadOnlyMemory<byte>.Empty, s_limits, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Sources);
        Assert.DoesNotContain('\n', result.Problem);
        Assert.NotEqual("", result.Problem.Trim());
    }

    [Theory]
    [MemberData(nameof(Extractors))]
    public void Extract_CancelledToken_Throws(string extension)
    {
        Assert.ThrowsAny<OperationCanceledException>(
            () => For(extension).Extract(s_fixtures[extension], s_limits, new CancellationToken(canceled: true)));
    }

    /// <summary>
    /// Property: whatever the bytes, an extractor answers with a value and the parser accepts whatever text comes out.
    /// Seeded, so a failure replays; a few hundred cases of pure noise and of the real fixture with bytes flipped,
    /// cut short or spliced, which reach far deeper into each parser than noise does.
    /// </summary>
    [Theory]
    [MemberData(nameof(Extractors))]
    public void Extract_ArbitraryAndMutatedBytes_NeverThrows(string extension)
    {
        var extractor = For(extension);
        var parser = new LetterParser();
        var random = new Random(20_240_611 + extension.Length);
        var fixture = s_fixtures[extension];
        for (var i = 0; i < 600; i++)
        {
            var bytes = i % 3 == 0 ? Noise(random) : Mutate(random, fixture);
            var result = extractor.Extract(bytes, s_limits, CancellationToken.None);

            if (result.IsSuccess)
            {
                Assert.All(result.Sources, s => parser.Parse(s.Text, "fuzz"));
            }
            else
            {
                Assert.DoesNotContain('\n', result.Problem);
            }
        }
    }

    private static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 2048)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] fixture)
    {
        var bytes = (byte[])fixture.Clone();
        switch (random.Next(3))
        {
            case 0:
                for (var flips = random.Next(1, 16); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            default:
                var at = random.Next(bytes.Length);
                return [.. bytes[..at], .. Noise(random), .. bytes[at..]];
        }
    }
}
