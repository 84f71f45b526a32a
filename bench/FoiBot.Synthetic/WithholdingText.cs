namespace FoiBot.Synthetic;

/// <summary>Answers that give no information: not held, refused on cost or an exemption, published elsewhere, neither confirm nor deny.</summary>
internal static class WithholdingText
{
    public static string NotHeld(AnswerContext c) => c.Law.Scottish
        ? c.Random.Pick([
            $"We do not hold this information. Figures on {c.Subject} are not collated in this way, so this is a notice under section 17 of the {c.Law.Title} that the information is not held.",
            $"The Council does not hold this information; under section 17 of the {c.Law.Title} we are required to tell you so.",
        ])
        : c.Random.Pick([
            "The authority does not hold this information.",
            $"This information is not held. Records about {c.Subject} are not kept in a way that separates this detail.",
            $"We do not record this information centrally, so it is not held for the purposes of the {c.Law.Title}.",
            "Unfortunately no information is held on this point.",
        ]);

    public static string CostLimit(AnswerContext c)
    {
        var files = c.Random.Between(400, 9000);
        var minutes = c.Random.Between(3, 15);
        if (c.Law.Environmental)
        {
            return $"We consider this request manifestly unreasonable under Regulation 12(4)(b) of the {c.Law.Title}, because of the cost of compliance. "
                + $"Finding the figures would mean reading {files:N0} case files at about {minutes} minutes each. "
                + "We have considered the public interest and it favours maintaining the exception.";
        }

        var limit = c.Profile.Answers == "other" ? "£600" : "£450";
        var hours = c.Profile.Answers == "other" ? 24 : 18;
        return $"Compliance with this part of your request would exceed the appropriate cost limit under Section 12 of the {c.Law.Title}, which is {limit} or {hours} hours of officer time. "
            + $"The records are not indexed by subject: we would need to check {files:N0} files, and at {minutes} minutes per file this would take well over {hours} hours. "
            + "Under section 16 we can advise that a request for a shorter period may be answered.";
    }

    public static string CostLimitAgain(AnswerContext c) => c.Random.Pick([
        "This part of the request is also refused under section 12, for the reasons given above.",
        "As explained above, answering this would also exceed the cost limit.",
    ]);

    public static string Exempt(AnswerContext c) => (c.Profile.Answers == "police" ? 2 : c.Random.Next(2)) switch
    {
        0 => $"The names of individual officers are withheld under section 40(2) of the {c.Law.Title}, as their release would breach the data protection principles.",
        1 when c.Law.Environmental => "The contract prices are withheld under Regulation 12(5)(e) (confidentiality of commercial information): disclosure would prejudice the supplier's position in future tenders. "
            + "We have considered the public interest and concluded that it favours maintaining the exception.",
        1 => "The contract prices are exempt under section 43(2) (commercial interests): disclosure would prejudice the supplier's position in future tenders. "
            + "We have considered the public interest and concluded that it favours withholding the figures.",
        _ => "Details of the sites are exempt under section 31(1)(a) (law enforcement), as publishing them would help offenders avoid detection.",
    };

    public static string Published(AnswerContext c)
    {
        var site = c.Profile.Domain is { } domain ? $"https://www.{domain}/{c.Topic.Id}" : $"our website under \"{c.Topic.Title}\"";
        return $"This information is already published and can be found at {site}. "
            + "Under section 21 of the Act we are not required to provide information that is reasonably accessible to you by other means.";
    }

    public static string Ncnd(AnswerContext c) => c.Random.Next(3) switch
    {
        0 => $"The authority can neither confirm nor deny that it holds information about {c.Subject} beyond what is published, by virtue of sections 23(5) and 24(2) of the Act.",
        1 => "We neither confirm nor deny whether this information is held, as to do so would prejudice the prevention or detection of crime (section 31(3)).",
        _ => "In accordance with section 30(3) of the Act, this letter should be taken as a refusal: we neither confirm nor deny whether any information is held.",
    };
}
