namespace FoiBot.Testing;

/// <summary>
/// Three short response letters written for the evaluation tests, in the shapes of the "first contact" batch: one
/// with no reference, one neither confirming nor denying, one with a form-style heading. Written here, not taken from
/// the corpus, so the tests say exactly what each letter holds.
/// </summary>
public static class SmallLetters
{
    /// <summary>A reply in the disclosure-log style, a reference and an answer that name no authority at all: whose it is must come from elsewhere.</summary>
    public const string Unsigned = "Our ref: 7654321\n\nDear Requester\n\nYou asked how many parking permits were issued in 2024.\n\nWe do not hold this information.\n";

    /// <summary>Leeds City Council, 12 April 2024, no reference: a yes (12 ANPR cameras) and a figure (29,106 notices).</summary>
    public const string LeedsAnpr = """
        Leeds City Council
        Civic Hall, Leeds LS1 1UR
        12 April 2024

        Thank you for your request received on 14 March 2024, for the following information:

        1. Does the council use ANPR cameras?
        2. How many penalty charge notices did the council issue from ANPR cameras in 2023?

        We have processed this request under the Freedom of Information Act 2000.

        Response

        1. Does the council use ANPR cameras?

        Yes. The council operates 12 ANPR cameras in bus lanes.

        2. How many penalty charge notices did the council issue from ANPR cameras in 2023?

        The council issued 29,106 penalty charge notices from ANPR cameras in 2023.
        """;

    /// <summary>West Yorkshire Police, 5 March 2024, ref FOI-0412-24: neither confirms nor denies holding anything on covert drones.</summary>
    public const string WestYorkshireDrones = """
        West Yorkshire Police
        Freedom of Information Unit
        5 March 2024
        Our ref: FOI-0412-24

        Thank you for your request received on 6 February 2024, for the following information:

        Does West Yorkshire Police use covert drones for surveillance of protests?

        We have processed this request under the Freedom of Information Act 2000.

        Response

        Does West Yorkshire Police use covert drones for surveillance of protests?

        West Yorkshire Police can neither confirm nor deny that it holds any information about covert drones, by virtue of sections 23(5) and 31(3) of the Act.
        """;

    /// <summary>Borough Council of King's Lynn &amp; West Norfolk, 29 January 2024, ref KL-2024-0117: 340 pothole claims, £4,250 paid.</summary>
    public const string KingsLynnPotholes = """
        Borough Council of King's Lynn & West Norfolk
        Kings Court, Chapel Street, King's Lynn PE30 1EX
        29 January 2024
        Our reference: KL-2024-0117

        Dear requester,

        You asked:

        1. How many pothole compensation claims did the council receive in 2023?
        2. How much did the council pay out on those claims?

        Response

        1. How many pothole compensation claims did the council receive in 2023?

        We received 340 pothole compensation claims in 2023.

        2. How much did the council pay out on those claims?

        The council paid £4,250 in total on 17 claims.

        Yours sincerely

        Information Governance
        """;

    /// <summary>Writes the three letters into <paramref name="folder"/> as leeds-anpr.txt, wyp-drones.txt and kings-lynn-potholes.txt.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "leeds-anpr.txt"), LeedsAnpr);
        File.WriteAllText(Path.Combine(folder, "wyp-drones.txt"), WestYorkshireDrones);
        File.WriteAllText(Path.Combine(folder, "kings-lynn-potholes.txt"), KingsLynnPotholes);
    }
}
