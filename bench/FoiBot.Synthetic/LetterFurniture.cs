using System.Text;

namespace FoiBot.Synthetic;

/// <summary>The parts every kind of letter shares: letterhead, closing paragraphs, sign-off.</summary>
internal static class LetterFurniture
{
    private static readonly string[] s_closings =
    [
        "If you are unhappy with the way your request has been handled, you may ask for an internal review within 40 working days of receiving this response by writing to {mail}. "
            + "If you remain dissatisfied after the review, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "The information supplied is for your personal use. You may re-use it for private study and non-commercial research; for any other purpose, such as publication, "
            + "please ask us first, as the copyright in most of our documents belongs to the authority.",
        "We publish a disclosure log of responses and a publication scheme of routinely released information. You may find answers to future questions there before making a request.",
        "If you are a company intending to use the names and contact details of officers given in this response for direct marketing, you need to be registered with the Information Commissioner "
            + "and must check the Preference Services first. Giving officer names under FOI does not give consent to receive marketing.",
    ];

    private static readonly string[] s_headings = ["Your rights", "Re-use of information", "Disclosure log", "Direct marketing"];

    public static string Mail(LetterPlan plan) => plan.Profile.Domain is { } domain ? "foi@" + domain : "the Information Governance Team";

    /// <summary>Team, name, address and (for most) the authority's e-mail and web address: the top of a printed letter.</summary>
    public static void Letterhead(StringBuilder text, LetterPlan plan)
    {
        text.Append(plan.Profile.Team).Append('\n');
        if (plan.NamedInLetterhead)
        {
            text.Append(plan.Profile.Authority.Name).Append('\n');
        }

        foreach (var line in plan.Profile.Address)
        {
            text.Append(line).Append('\n');
        }

        // A letterhead without the name always carries the address: some mark must say who wrote, as on real paper.
        if (plan.Profile.Domain is { } domain && (!plan.NamedInLetterhead || plan.Number % 3 != 0))
        {
            text.Append("www.").Append(domain).Append('\n').Append("E-mail: ").Append(Mail(plan)).Append('\n');
        }

        text.Append('\n');
    }

    public static void Date(StringBuilder text, LetterPlan plan, string label = "")
    {
        if (plan.DatePrinted)
        {
            text.Append(label).Append(plan.WrittenDate).Append('\n');
        }
    }

    public static void Preamble(StringBuilder text, LetterPlan plan, string after)
    {
        if (plan.Preamble is not null)
        {
            text.Append(plan.Preamble).Append(after);
        }
    }

    /// <summary>The closing paragraphs (review rights, re-use, marketing) and, for a signed letter, the sign-off.</summary>
    public static void Closing(StringBuilder text, LetterPlan plan, bool signed)
    {
        // The shortest real letters are about 600 bytes: a one-line answer still comes with review rights.
        for (var i = 0; i < s_closings.Length && (i < plan.Boilerplate || text.Length < 640); i++)
        {
            // In long: a letter numbered near int.MaxValue would wrap negative and index before the list.
            var closing = (int)(((long)plan.Number + i) % s_closings.Length);

            // Half the authorities head each closing paragraph, as printed letters do; web pages run them on.
            if (plan.Profile.HeadedClosings)
            {
                text.Append('\n').Append(s_headings[closing]).Append('\n');
            }

            text.Append('\n').Append(s_closings[closing].Replace("{mail}", Mail(plan), StringComparison.Ordinal)).Append('\n');
        }

        if (signed)
        {
            text.Append("\nYours sincerely\n\n").Append(plan.Signer).Append('\n');
            if (!plan.NamedInLetterhead || plan.Number % 4 == 0)
            {
                text.Append(plan.Profile.Authority.Name).Append('\n');
            }
        }
    }

    /// <summary>"Page 2 of 3" and a running footer between paragraphs, as text pulled from a PDF carries.</summary>
    public static string WithPageClutter(string letter, LetterPlan plan)
    {
        if (!plan.PageClutter)
        {
            return letter;
        }

        var paragraphs = letter.Split("\n\n");
        var pages = Math.Max(2, paragraphs.Length / 6);
        var text = new StringBuilder(letter.Length + pages * 80);
        var page = 1;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            text.Append(paragraphs[i]);
            if (i < paragraphs.Length - 1)
            {
                text.Append("\n\n");
                if (i % 6 == 5 && page < pages)
                {
                    text.Append("Page ").Append(page).Append(" of ").Append(pages).Append('\n').Append("OFFICIAL\n\n");
                    page++;
                }
            }
        }

        return text.ToString();
    }
}
