using System.Globalization;
using System.Text;
using FoiBot.Answering.SemanticKernel.Grounding;
using FoiBot.Core;
using FoiBot.Search;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// The passages shown to the model in one answer, numbered in the order shown. Only these can be cited, so the
/// model's numbers are the whole of what FoiBot takes from it about sources.
/// </summary>
internal sealed class PassageTable
{
    private const int MaxAnswerChars = 1500;

    private readonly List<NumberedPassage> _passages = [];
    private readonly Dictionary<string, string> _answerTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PassageFacts> _facts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<NumberedPassage> All
    {
        get
        {
            lock (_lock)
            {
                return _passages.ToList();
            }
        }
    }

    public NumberedPassage? Get(int number)
    {
        lock (_lock)
        {
            return number >= 1 && number <= _passages.Count ? _passages[number - 1] : null;
        }
    }

    /// <summary>
    /// All the answers of the passage's letter, normalised for quote matching; built once per letter, because the
    /// citation check runs on every streamed sentence and tries each quote against several letters.
    /// </summary>
    public string AnswerText(int number)
    {
        lock (_lock)
        {
            if (number < 1 || number > _passages.Count)
            {
                return "";
            }

            var letter = _passages[number - 1].Letter;
            if (!_answerTexts.TryGetValue(letter.Source, out var text))
            {
                text = QuotedText.Normalise(string.Join("\n", letter.Passages().Select(p => p.Answer)));
                _answerTexts.Add(letter.Source, text);
            }

            return text;
        }
    }

    /// <summary>What the passage's letter can vouch for (its figures, dates, codes and words), read once per letter.</summary>
    public PassageFacts Facts(int number)
    {
        lock (_lock)
        {
            var letter = _passages[number - 1].Letter;
            if (!_facts.TryGetValue(letter.Source, out var facts))
            {
                facts = PassageFacts.Of(letter);
                _facts.Add(letter.Source, facts);
            }

            return facts;
        }
    }

    /// <summary>Numbers the passages not shown yet and returns them all, each with the number it has in the table.</summary>
    public IReadOnlyList<NumberedPassage> Add(IEnumerable<(Disclosure Letter, int PairIndex)> passages)
    {
        lock (_lock)
        {
            var result = new List<NumberedPassage>();
            foreach (var (letter, pairIndex) in passages)
            {
                // A letter is known by its source file: search hits and look-ups by reference name it the same way.
                var existing = _passages.Find(p => p.Letter.Source == letter.Source && p.PairIndex == pairIndex);
                if (existing is null)
                {
                    existing = new NumberedPassage(_passages.Count + 1, letter, pairIndex);
                    _passages.Add(existing);
                }

                if (!result.Contains(existing))
                {
                    result.Add(existing);
                }
            }

            return result;
        }
    }

    public IReadOnlyList<NumberedPassage> Add(IEnumerable<PassageHit> hits) => Add(hits.Select(h => (h.Letter, h.PairIndex)));

    /// <summary>The passages as the model reads them: number, authority, reference and date, then question and answer.</summary>
    public static string Render(IReadOnlyList<NumberedPassage> passages)
    {
        if (passages.Count == 0)
        {
            return "(no passages found)";
        }

        var text = new StringBuilder();
        foreach (var p in passages)
        {
            var letter = p.Letter;
            var date = letter.ResponseDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
            var answer = p.Pair.Answer.Length == 0 ? "(the letter holds no answer to this question)" : Shorten(p.Pair.Answer);
            text.Append(CultureInfo.InvariantCulture, $"[{p.Number}] {letter.Authority ?? "unknown authority"}, ref {letter.Reference ?? "none"}, {date}\n");
            text.Append(CultureInfo.InvariantCulture, $"Question asked: {Flat(p.Pair.Question)}\n");
            text.Append(CultureInfo.InvariantCulture, $"Answer given: {answer}\n\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Shorten(string answer)
    {
        var flat = Flat(answer);
        return flat.Length <= MaxAnswerChars ? flat : flat[..MaxAnswerChars] + " [...]";
    }

    private static string Flat(string text) => text.Replace('\n', ' ');
}
