using FoiBot.Core;

namespace FoiBot.Search.Tests;

/// <summary>Hand-built letters covering the shapes the index must handle: several references, no authority, no date.</summary>
internal static class SampleLetters
{
    public static readonly IndexBuildInfo BuildInfo = new()
    {
        CorpusFingerprint = "sha256:sample-corpus",
        BuiltAt = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.FromHours(1)),
    };

    public static readonly IndexedLetter WestYorkshireFacial = new("letter-wyp-1091", new Disclosure
    {
        Source = "police/wyp/FOI-1091-1718.pdf",
        Authority = "West Yorkshire Police",
        References = ["FOI-1091-1718", "IR-0042/23"],
        ResponseDate = new DateOnly(2023, 5, 10),
        ReceivedDate = new DateOnly(2023, 4, 12),
        Subject = "Facial recognition technology",
        Law = AccessLaw.Foia,
        Outcome = Outcome.Partial,
        Pairs =
        [
            new QaPair
            {
                Number = "1",
                Question = "Does the force use facial recognition software?",
                Answer = "The force trialled live facial recognition at two events in 2022.",
                Outcome = Outcome.Yes,
            },
            new QaPair
            {
                Number = "2a",
                Question = "How many arrests resulted from the deployments?",
                Answer = "Details of operational deployments are withheld.",
                Outcome = Outcome.Refused,
                Exemptions = ["FOIA s31(1)(a)", "FOIA s40(2)"],
            },
        ],
        Diagnostics =
        [
            new ParseDiagnostic(DiagnosticSeverity.Warning, "receivedDate", "Taken from the acknowledgement line."),
            new ParseDiagnostic(DiagnosticSeverity.Info, "pairs", "Question 2a split from question 2."),
        ],
    });

    public static readonly IndexedLetter LeedsBodyCameras = new("letter-leeds-5576276", new Disclosure
    {
        Source = "councils/leeds/5576276.txt",
        Authority = "Leeds City Council",
        References = ["5576276"],
        ResponseDate = new DateOnly(2024, 1, 15),
        Subject = "Enforcement officer equipment",
        Law = AccessLaw.Foia,
        Outcome = Outcome.Answered,
        Pairs =
        [
            new QaPair
            {
                Question = "Do civil enforcement officers wear body worn cameras?",
                Answer = "Yes, all parking enforcement officers wear body worn cameras while on patrol.",
                Outcome = Outcome.Yes,
            },
        ],
    });

    public static readonly IndexedLetter LeedsToilets = new("letter-leeds-352248676", new Disclosure
    {
        Source = "councils/leeds/FOI352248676.html",
        Authority = "Leeds City Council",
        References = ["FOI352248676"],
        ResponseDate = new DateOnly(2022, 3, 1),
        Subject = "Public toilets",
        Law = AccessLaw.Eir,
        Outcome = Outcome.Answered,
        Pairs =
        [
            new QaPair
            {
                Question = "How many public toilets does the council maintain?",
                Answer = "The council maintains 14 public conveniences across the district.",
                Outcome = Outcome.Answered,
            },
        ],
    });

    public static readonly IndexedLetter UnattributedFaceRecognition = new("letter-unknown", new Disclosure
    {
        Source = "unsorted/letter-without-authority.md",
        Subject = "Cameras in the city centre",
        Pairs =
        [
            new QaPair
            {
                Question = "Do you use face recognition cameras in the city centre?",
                Answer = "The authority does not operate face recognition cameras.",
                Outcome = Outcome.No,
            },
        ],
    });

    public static readonly IndexedLetter PoliceScotlandFacial = new("letter-ps-2021", new Disclosure
    {
        Source = "police/scotland/IM-FOI-2021-2345.eml",
        Authority = "Police Scotland",
        References = ["IM-FOI-2021-2345"],
        ResponseDate = new DateOnly(2021, 11, 30),
        Law = AccessLaw.Foisa,
        Outcome = Outcome.No,
        Pairs =
        [
            new QaPair
            {
                Question = "Has Police Scotland used facial recognition in public spaces?",
                Answer = "Police Scotland does not currently use live facial recognition.",
                Outcome = Outcome.No,
            },
        ],
    });

    public static IReadOnlyList<IndexedLetter> All { get; } =
        [WestYorkshireFacial, LeedsBodyCameras, LeedsToilets, UnattributedFaceRecognition, PoliceScotlandFacial];
}
