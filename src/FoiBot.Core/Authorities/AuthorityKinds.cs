namespace FoiBot.Core.Authorities;

/// <summary>The values of <see cref="Authority.Kind"/> and <see cref="Authority.Nation"/> the catalog accepts.</summary>
public static class AuthorityKinds
{
    public const string LondonBorough = "london-borough";
    public const string County = "county";
    public const string District = "district";
    public const string Unitary = "unitary";
    public const string MetropolitanBorough = "metropolitan-borough";
    public const string ScottishCouncil = "scottish-council";
    public const string WelshCouncil = "welsh-council";
    public const string NorthernIrelandCouncil = "ni-council";
    public const string Police = "police";
    public const string PoliceCommissioner = "police-commissioner";
    public const string Fire = "fire";
    public const string Transport = "transport";
    public const string Nhs = "nhs";
    public const string CentralGovernment = "central-government";
    public const string University = "university";
    public const string Other = "other";

    private static readonly HashSet<string> s_councils =
    [
        LondonBorough, County, District, Unitary, MetropolitanBorough, ScottishCouncil, WelshCouncil, NorthernIrelandCouncil,
    ];

    private static readonly HashSet<string> s_all = [.. s_councils, Police, PoliceCommissioner, Fire, Transport, Nhs, CentralGovernment, University, Other];

    private static readonly HashSet<string> s_nations = ["England", "Scotland", "Wales", "Northern Ireland", "UK", "Jersey", "Guernsey", "Isle of Man"];

    public static IReadOnlySet<string> All => s_all;

    public static IReadOnlySet<string> Nations => s_nations;

    /// <summary>True for principal local councils: the kinds people name as "X Council" or "council of X".</summary>
    public static bool IsCouncil(string kind) => s_councils.Contains(kind);
}
