using System.Globalization;
using System.Text.RegularExpressions;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Testing;
using Xunit.Abstractions;

namespace FoiBot.Answering.Tests.PriorDisclosure;

/// <summary>
/// The splitter over real request texts (Requests/SOURCES.md), each with its split written by hand. Half A is what
/// the rules were written from; half B is held out, so only its totals are printed.
/// </summary>
public sealed partial class RealRequestSplitTests(ITestOutputHelper output)
{
    private static readonly string s_folder = Path.Combine(RepoPaths.Root, "tests", "FoiBot.Answering.Tests", "PriorDisclosure", "Requests");

    [Theory]
    [InlineData("A", 0.95)]
    [InlineData("B", 0.8)]
    public void Split_RealRequests_FindsTheHandWrittenQuestions(string half, double floor)
    {
        var score = Measure(half);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"half {half}: {score.Requests} requests, {score.Exact} split exactly; questions {score.Right} of {score.Expected} found (recall {score.Recall:0.000}), {score.Produced} read (precision {score.Precision:0.000})"));
        Assert.True(score.Recall >= floor && score.Precision >= floor, $"half {half}: recall {score.Recall:0.000}, precision {score.Precision:0.000}, below {floor}");
    }

    private SplitScore Measure(string half)
    {
        var score = new SplitScore();
        foreach (var file in Directory.GetFiles(s_folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var number = int.Parse(Path.GetFileName(file)[..2], CultureInfo.InvariantCulture);
            if ((number % 2 == 1 ? "A" : "B") != half)
            {
                continue;
            }

            var expected = File.ReadAllLines(Path.ChangeExtension(file, ".expected")).Where(l => l.Trim().Length > 0).Select(Words).ToList();
            var produced = RequestSplitter.Split(File.ReadAllText(file)).Select(Words).ToList();
            var right = expected.Count(e => produced.Remove(e));
            score.Add(expected.Count, right + produced.Count, right);
            if (half == "A" && (right != expected.Count || produced.Count > 0))
            {
                output.WriteLine($"{Path.GetFileName(file)}: {right} of {expected.Count} right; not expected: {string.Join(" | ", produced)}");
            }
        }

        return score;
    }

    // Questions compare as their words: case, punctuation and spacing are not what a split gets right or wrong.
    private static string Words(string text) => NotWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();

    private sealed class SplitScore
    {
        public int Requests { get; private set; }

        public int Exact { get; private set; }

        public int Expected { get; private set; }

        public int Produced { get; private set; }

        public int Right { get; private set; }

        public double Recall => Expected == 0 ? 0 : (double)Right / Expected;

        public double Precision => Produced == 0 ? 0 : (double)Right / Produced;

        public void Add(int expected, int produced, int right)
        {
            Requests++;
            Exact += expected == right && produced == right ? 1 : 0;
            Expected += expected;
            Produced += produced;
            Right += right;
        }
    }
}
