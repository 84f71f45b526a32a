namespace FoiBot.Synthetic;

/// <summary>The law a request was handled under: its short name in truth and the title letters print.</summary>
internal sealed record AccessLawText(string Short, string Title, bool Environmental, bool Scottish)
{
    public static readonly AccessLawText Foia = new("FOIA", "Freedom of Information Act 2000", false, false);
    public static readonly AccessLawText Eir = new("EIR", "Environmental Information Regulations 2004", true, false);
    public static readonly AccessLawText Foisa = new("FOISA", "Freedom of Information (Scotland) Act 2002", false, true);
    public static readonly AccessLawText Eisr = new("EISR", "Environmental Information (Scotland) Regulations 2004", true, true);

    // Topics about the state of the environment are EIR requests, as authorities treat them.
    private static readonly HashSet<string> s_environmental = new(StringComparer.Ordinal)
    {
        "glyphosate", "airquality", "trees", "flytipping", "drainage", "noise", "recycling", "grassverges", "solar", "pests",
    };

    public static AccessLawText For(Topic topic, AuthorityProfile profile) =>
        (s_environmental.Contains(topic.Id), profile.Scottish) switch
        {
            (true, true) => Eisr,
            (true, false) => Eir,
            (false, true) => Foisa,
            (false, false) => Foia,
        };

    /// <summary>What the letter calls the request: "Freedom of Information request" or "Environmental Information request".</summary>
    public string RequestName => Environmental ? "Environmental Information request" : "Freedom of Information request";

    /// <summary>"FOI" or "EIR", as disclosure-log titles abbreviate.</summary>
    public string Abbreviation => Environmental ? "EIR" : "FOI";
}
