namespace FoiBot.Core.Authorities;

/// <summary>
/// Words that say what kind of body a place-named phrase means: "Essex fire", "Leeds hospitals", "Kent police". A place
/// name alone belongs to its council; one of these after it names another body of that place.
/// </summary>
public static class BodyWords
{
    private static readonly Dictionary<string, string> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["police"] = AuthorityKinds.Police,
        ["constabulary"] = AuthorityKinds.Police,
        ["pcc"] = AuthorityKinds.PoliceCommissioner,
        ["opcc"] = AuthorityKinds.PoliceCommissioner,
        ["pfcc"] = AuthorityKinds.PoliceCommissioner,
        ["opfcc"] = AuthorityKinds.PoliceCommissioner,
        ["fire"] = AuthorityKinds.Fire,
        ["nhs"] = AuthorityKinds.Nhs,
        ["hospital"] = AuthorityKinds.Nhs,
        ["hospitals"] = AuthorityKinds.Nhs,
        ["trust"] = AuthorityKinds.Nhs,
        ["health"] = AuthorityKinds.Nhs,
        ["ambulance"] = AuthorityKinds.Nhs,
        ["icb"] = AuthorityKinds.Nhs,
        ["ccg"] = AuthorityKinds.Nhs,
        ["university"] = "university",
    };

    /// <summary>The catalog kind a word names ("constabulary" -> police), or null for any other word.</summary>
    public static string? KindOf(string word) => s_kinds.GetValueOrDefault(word);

    /// <summary>Words of the kind's names that narrow a choice between bodies of one place ("hospitals" -> a name with "Hospital").</summary>
    public static bool Narrows(string word, string name) =>
        word.Equals("hospital", StringComparison.OrdinalIgnoreCase) || word.Equals("hospitals", StringComparison.OrdinalIgnoreCase)
            ? name.Contains("Hospital", StringComparison.OrdinalIgnoreCase)
            : word.Equals("ambulance", StringComparison.OrdinalIgnoreCase) ? name.Contains("Ambulance", StringComparison.OrdinalIgnoreCase) : true;
}
