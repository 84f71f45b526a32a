using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

public sealed class AuthorityCatalogFindMentionsTests
{
    private static readonly AuthorityCatalog s_catalog = AuthorityCatalog.Default;

    [Fact]
    public void FindMentions_FullName_IsOneMentionNotAlsoThePlace()
    {
        const string text = "Dear London Borough of Barnet, please tell me";

        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal("London Borough of Barnet", Written(text, mention));
        Assert.Equal(AuthorityMentionKind.Name, mention.Kind);
    }

    [Fact]
    public void FindMentions_SeveralAuthorities_ReturnsEachInTextOrderWithItsKind()
    {
        const string text = "I asked Barnet Council, then LB of Barnet, then Coventry, then foi@tfl.gov.uk.";

        var mentions = s_catalog.FindMentions(text);

        Assert.Equal(["Barnet Council", "LB of Barnet", "Coventry", "tfl.gov.uk"], mentions.Select(m => Written(text, m)));
        Assert.Equal(
            [AuthorityMentionKind.Alias, AuthorityMentionKind.Alias, AuthorityMentionKind.PlaceName, AuthorityMentionKind.Domain],
            mentions.Select(m => m.Kind));
        Assert.Equal(
            ["London Borough of Barnet", "London Borough of Barnet", "Coventry City Council", "Transport for London"],
            mentions.Select(m => m.Authority.Name));
    }

    [Theory]
    [InlineData("She keeps reading lists for the bath and wells.")]
    [InlineData("Our moray eels are reading.")]
    [InlineData("Send it to tfl or to the met.")]
    public void FindMentions_PlaceNamesAndAcronymsWrittenAsOrdinaryWords_FindsNothing(string text)
    {
        Assert.Empty(s_catalog.FindMentions(text));
    }

    [Theory]
    [InlineData("How many potholes are there in Reading?", "Reading", "Reading Borough Council")]
    [InlineData("Is Bath charging for parking?", "Bath", "Bath and North East Somerset Council")]
    [InlineData("Services in Moray", "Moray", "Moray Council")]
    [InlineData("Does TfL run night buses?", "TfL", "Transport for London")]
    public void FindMentions_CapitalisedPlaceOrAcronym_Matches(string text, string written, string authority)
    {
        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal(written, Written(text, mention));
        Assert.Equal(authority, mention.Authority.Name);
    }

    [Fact]
    public void FindMentions_Possessive_MatchesWithoutTheApostropheS()
    {
        const string text = "What is Barnet's budget and TfL's?";

        var mentions = s_catalog.FindMentions(text);

        Assert.Equal(["Barnet", "TfL"], mentions.Select(m => Written(text, m)));
    }

    [Theory]
    [InlineData("How many arrests did Durham make?", "Durham County Council")]
    [InlineData("How many arrests did Durham Constabulary make?", "Durham Constabulary")]
    [InlineData("Devon roads", "Devon County Council")]
    [InlineData("Devon and Cornwall Police arrests", "Devon and Cornwall Police")]
    [InlineData("Devon & Cornwall Police arrests", "Devon and Cornwall Police")]
    public void FindMentions_PlaceSharedByCouncilAndForce_ForceNeedsItsOwnName(string text, string authority)
    {
        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal(authority, mention.Authority.Name);
    }

    [Theory]
    [InlineData("Chester-le-Street", "Durham County Council")]
    [InlineData("Stoke Newington", "London Borough of Hackney")]
    [InlineData("Newcastle-under-Lyme", "Newcastle-under-Lyme Borough Council")]
    [InlineData("Bury St Edmunds", "West Suffolk Council")]
    public void FindMentions_TownNamedAfterAnotherCouncilsPlace_IsItsOwnCouncil(string text, string authority)
    {
        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal(authority, mention.Authority.Name);
        Assert.Equal(text.Length, mention.Length);
    }

    [Fact]
    public void FindMentions_ExtraWhitespaceAndLineBreaksInsideAName_StillOneMention()
    {
        const string text = "London  Borough\r\nof   Barnet";

        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal(text.Length, mention.Length);
    }

    [Theory]
    [InlineData("Barnet, Council tax is due")]
    [InlineData("I live in Barnet.\n\nCouncil officers replied")]
    public void FindMentions_PunctuationBetweenPlaceAndCouncil_DoesNotJoinThem(string text)
    {
        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal("Barnet", Written(text, mention));
    }

    [Theory]
    [InlineData("London Borough of Barnet,\n2 Bristol Avenue,\nColindale")]
    [InlineData("Our office on Reading Road")]
    public void FindMentions_PlaceNameInAStreetAddress_IsNotAMention(string text)
    {
        Assert.DoesNotContain(s_catalog.FindMentions(text), m => m.Kind == AuthorityMentionKind.PlaceName);
    }

    [Fact]
    public void FindMentions_IcoAppealBoilerplate_FindsNothing()
    {
        const string text = """
            If you are not satisfied you may apply to the Information Commissioner's Office, Wycliffe House,
            Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk, casework@ico.org.uk.
            """;

        Assert.Empty(s_catalog.FindMentions(text));
    }

    [Fact]
    public void FindMentions_HostInsideAUrl_CoversTheHostOnly()
    {
        const string text = "See https://open.barnet.gov.uk/dataset/cctv for more.";

        var mention = Assert.Single(s_catalog.FindMentions(text));

        Assert.Equal("open.barnet.gov.uk", Written(text, mention));
        Assert.Equal(AuthorityMentionKind.Domain, mention.Kind);
    }

    [Fact]
    public void FindMentions_EmptyText_ReturnsEmpty()
    {
        Assert.Empty(s_catalog.FindMentions(""));
    }

    private static string Written(string text, AuthorityMention mention) => text.Substring(mention.Start, mention.Length);
}
