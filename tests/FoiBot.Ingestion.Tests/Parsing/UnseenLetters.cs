namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>
/// Letters written for these tests in the layouts of authorities the corpus does not hold: a police force with a
/// numbered response section, a city council with Q1/A1 pairs, and a county council with "Request 1"/"Response 1".
/// </summary>
internal static class UnseenLetters
{
    public const string PoliceNumberedResponse = """
        Kent Police
        Freedom of Information Unit
        Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ

        14 March 2023

        Freedom of Information Request Reference No: FOI 2023/01234

        I write in connection with your request for information received by Kent Police on 3 March 2023 in which you asked:

        1. Does Kent Police use live facial recognition?
        2. How many times was it deployed in 2022?

        Kent Police has considered your request under the Freedom of Information Act 2000.

        Response

        1. No. Kent Police does not use live facial recognition.
        2. Not applicable.

        Your right to complain
        If you are dissatisfied with this response you may ask for an internal review.
        Yours sincerely
        Disclosure Officer
        """;

    public const string CouncilQaPairs = """
        Leeds City Council
        Information Governance, PO Box 837, Leeds LS1 9PZ
        Email: foi@leeds.gov.uk

        Date: 02/09/2024
        Our Ref: FOI-112233

        Dear Requester,

        Thank you for your email dated 12 August 2024.

        Q1: How many public toilets does the council operate?
        A1: The council operates 12 public toilets.

        Q2: What was the cleaning budget for 2023/24?
        A2: This information is not held by Leeds City Council.

        Q3: Please provide the cleaning contract.
        A3: The contract is exempt under Section 43(2) of the Freedom of Information Act 2000 (commercial interests).

        Yours sincerely
        Information Governance Team
        """;

    public const string CountyRequestResponse = """
        Essex County Council
        Request reference: EC-2024-5566
        Date of response: 19 June 2024

        Request 1: Does the council use ANPR cameras at recycling centres?
        Response 1: Yes, ANPR cameras are used at all 21 recycling centres.

        Request 2: How long is ANPR data retained?
        Response 2: ANPR data is retained for 30 days.

        If you are not satisfied with this response you can request an internal review.
        """;
}
