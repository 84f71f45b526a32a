using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Acknowledgement, process and courtesy text, which every letter has and which is never a question or an answer:
/// "Thank you for your request ...", "Kent Police has considered your request ...", "We will respond within 20
/// working days", salutations. Judged sentence by sentence, so the answer after a procedural opening survives.
/// </summary>
internal static partial class Procedure
{
    /// <summary>True when the whole line is procedure: a salutation or heading of that kind, or nothing but procedural sentences.</summary>
    public static bool IsProcedural(string line) => IsProceduralLine(line) || (line.Length > 0 && Without(line).Length == 0);

    /// <summary>True for the procedural lines that are not sentences: salutations, "If yes:", "Our response is below".</summary>
    public static bool IsProceduralLine(string line) => ProceduralLine().IsMatch(line) || LineRules.IsGreeting(line);

    /// <summary>The line without its procedural sentences: the line itself when it has none, empty when that is all it was.</summary>
    public static string Without(string line)
    {
        // Every procedural sentence has one of these words; most lines have none and need no splitting.
        if (!KeyWord().IsMatch(line))
        {
            return line;
        }

        var sentences = Sentences.Split(line);
        var kept = new List<string>(sentences.Count);
        var changed = false;
        foreach (var sentence in sentences)
        {
            if (!IsProceduralSentence(sentence))
            {
                kept.Add(sentence);
            }
            else if (AnswerAfter(sentence) is { } answer)
            {
                kept.Add(answer);
                changed = true;
            }
        }

        return kept.Count == sentences.Count && !changed ? line : string.Join(" ", kept);
    }

    /// <summary>
    /// "Your request has been handled under the Act and I can today confirm that our searches found nine letters",
    /// "Further to your request for details of X, I can advise we have not dealt with any": a sentence that refers to
    /// the request and then gives the answer. The reference is procedure, what it confirms or advises is the answer;
    /// null when the sentence goes on only about the request itself ("... and I can confirm receipt").
    /// </summary>
    private static string? AnswerAfter(string sentence)
    {
        if (ConfirmedAfter().Match(sentence) is not { Success: true } after)
        {
            return null;
        }

        var rest = after.Groups["rest"].Value;
        return IsProceduralSentence(rest) || AboutTheRequest().IsMatch(rest) ? null : rest;
    }

    /// <summary>
    /// The sentence pattern tries many alternatives from the start of the sentence; the key words (and "review", for
    /// "the review panel was convened") rule most sentences out first at a fraction of the cost.
    /// </summary>
    private static bool IsProceduralSentence(string sentence) =>
        (KeyWord().IsMatch(sentence) || ReviewWord().IsMatch(sentence)) && ProceduralSentence().IsMatch(sentence);

    [GeneratedRegex(@"thank|request|answer|respon[sd]|reply|confirm|acknowledg|working days|\bfee\b|deal(?:ing)? with|refer to your|attendance", RegexOptions.IgnoreCase)]
    private static partial Regex KeyWord();

    [GeneratedRegex(@"(?:,|,?\s+and)\s+(?<rest>(?:(?:I|we) )?(?:can|am able to|are able to|would like to|wish to) (?:today |now |also )?(?:confirm|advise|inform you|tell you)\b.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmedAfter();

    // What a confirmation says of the request itself rather than of what was asked: its receipt, its handling, a reply to come.
    [GeneratedRegex(@"\breceipt\b|\b(?:we|I) (?:have )?received your\b|\byour (?:\w+ )?(?:request|e-?mail|letter)\b.{0,20}\b(?:has|have|is|was|will)\b|\b(?:will|aim to|should) (?:respond|reply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheRequest();

    [GeneratedRegex("review", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewWord();

    private const string LinePattern =
        @"^(?:"
        + @"Dear\s+\S+(?:\s+\S+){0,4}?,?"
        + @"|Dear\s+[^.?!:]{1,80},"
        + @"|You have requested the following information:?"
        + @"|(?:Please find )?(?:our|the) response (?:is )?(?:below|as follows):?"
        + @"|If (?:yes|no|so|not)\s*[:,.]?"
        + @")$";

    [GeneratedRegex(LinePattern, RegexOptions.IgnoreCase)]
    private static partial Regex ProceduralLine();

    private const string SentencePattern =
        @"^(?:"
        + @"Thank you for your (?:requests?|email|e-mail|letter|enquiry|recent request|freedom of information request)\b.*"
        + @"|(?:Your|This|These|The) (?:\w+ )?requests? (?:has|have) been (?:considered|processed|dealt with|handled)\b.*"
        + @"|(?:We|I|.{2,60}?) (?:has|have) (?:now )?(?:processed|considered|dealt with|handled) (?:this|your) requests?\b.*"
        + @"|.*\b(?:answers?|responses?) to your (?:questions?|request) (?:is|are) (?:below|as follows|set out below)\b.*"
        + @"|I can confirm (?:that )?(?:we|the council|TfL) (?:do(?:es)? )?holds? (?:some of |all of |part of )?the information(?: you (?:require|requested|have requested))?\.?"
        + @"|.*\brequired to deal with your request under\b.*"
        + @"|.*\bsection 39\(2\).*\bso that we do not (?:also )?have to deal with\b.*"
        + @"|I refer to your (?:request|e-?mail|letter)\b.*"
        + @"|Your request was received on\b.*"
        + @"|.*\bI am dealing with it under\b.*"
        + @"|Your request for information has (?:now )?been considered\b.*"
        + @"|(?:I|We) (?:confirm|acknowledge) (?:receipt|that we have received|your request)\b.*"
        + @"|(?:We are|I am) (?:currently )?considering your request\b.*"
        + @"|Your request is (?:being|now being) (?:considered|processed|dealt with)\b.*"
        + @"|.*\b(?:will|aim to|should) (?:respond|reply|receive a (?:response|reply))\b.{0,40}\bwithin\b.*"
        + @"|.*\b(?:20|twenty) working days\b.*"
        + @"|.*\bfee (?:may|might|will) be (?:payable|charged)\b.*"
        + @"|.*\bentitled to charge a fee\b.*"
        + @"|.*\breview (?:meeting|panel) (?:was|has been) (?:held|convened)\b.*"
        + @"|(?:Your|The) (?:original )?(?:\w+ )?request (?:from|of|dated)\b.{0,40}\bwas (?:discussed|reviewed|reconsidered)\b.*"
        + @"|In attendance were\b.*"
        + @")$";

    [GeneratedRegex(SentencePattern, RegexOptions.IgnoreCase)]
    private static partial Regex ProceduralSentence();
}
