using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Tests.Parsing;

/// <summary>A procedural sentence that goes on to confirm the answer ("... handled under the Act and I can confirm that ..."): the confirmation stays.</summary>
public sealed class ConfirmedAfterProcedureTests
{
    private readonly LetterParser _parser = new();

    [Fact]
    public void Parse_ProcedureJoinedToTheAnswer_KeepsWhatItConfirms()
    {
        var letter = _parser.Parse("""
            Our Ref: MGLA-1
            Dear Requester
            You asked for: all letters between the Mayor and the Home Secretary in 2021.
            Your request has been handled under the Freedom of Information Act and I can today confirm that our searches found four letters, which we release in full.
            Yours sincerely
            """, "x.txt");

        var pair = Assert.Single(letter.Pairs);
        Assert.Contains("our searches found four letters, which we release in full.", pair.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("has been handled", pair.Answer, StringComparison.Ordinal);
    }
}
