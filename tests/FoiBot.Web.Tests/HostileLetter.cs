namespace FoiBot.Web.Tests;

/// <summary>A letter whose answer holds markup, as a malicious or careless authority might send.</summary>
internal static class HostileLetter
{
    public const string Reference = "XSS/2024/0001";

    public const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    public const string Text = $"""
        London Borough of Barnet
        Freedom of Information Request
        Our ref: {Reference}
        Date: 1 March 2024

        Dear Requester,

        Thank you for your request for information received on 1 February 2024.

        Your request:
        1. Do you hold records about marmalade sandwiches in council canteens?

        Our response:
        1. Yes. {Payload} We hold marmalade sandwich records.

        Yours sincerely,
        Information Team
        """;
}
