using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>Recognises the year and period lines requesters list under a question ("a) 2022", "2019/20", "April 2015 to March 2016").</summary>
internal static partial class Periods
{
    public static bool IsPeriodOnly(string line)
    {
        var rest = PeriodWord().Replace(line, " ");
        return line.Any(char.IsDigit) && !rest.Any(char.IsLetterOrDigit);
    }

    [GeneratedRegex(@"\b(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|to|and|from|until|the|financial|calendar|academic|years?|fy|q[1-4]|quarter)\b|[-\u2013\u2014/'’.,:;()]", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWord();
}
