namespace FoiBot.Synthetic;

/// <summary>What answer writing needs to know about the letter being written.</summary>
internal sealed record AnswerContext(LetterRandom Random, Topic Topic, AuthorityProfile Profile, AccessLawText Law, int Year)
{
    public string Fill(string template) => TemplateFiller.Fill(template, Random, Year);

    /// <summary>The topic as running text: "CCTV cameras", "potholes".</summary>
    public string Subject => Topic.Title.Length > 1 && char.IsLower(Topic.Title[1]) ? char.ToLowerInvariant(Topic.Title[0]) + Topic.Title[1..] : Topic.Title;
}
