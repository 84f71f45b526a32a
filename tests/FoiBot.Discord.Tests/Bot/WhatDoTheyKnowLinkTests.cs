using FoiBot.Discord.Bot;

namespace FoiBot.Discord.Tests.Bot;

public sealed class WhatDoTheyKnowLinkTests
{
    [Theory]
    [InlineData("London Borough of Camden", "london_borough_of_camden")]
    [InlineData("Barnet, Enfield and Haringey Mental Health NHS Trust", "barnet_enfield_and_haringey_mental_health_nhs_trust")]
    [InlineData("King's College London", "kings_college_london")]
    [InlineData("Comhairle nan Eilean Siar - Western Isles", "comhairle_nan_eilean_siar_western_isles")]
    [InlineData("Ysgol Gymraeg Llundain  (Gŵyr)", "ysgol_gymraeg_llundain_gwyr")]
    [InlineData("Amgueddfa Cymru – Museum Wales", "amgueddfa_cymru_museum_wales")]
    [InlineData("2024", "")]
    public void UrlName_ABodysName_IsMadeAsAlaveteliMakesIt(string name, string expected) =>
        Assert.Equal(expected, WhatDoTheyKnowLink.UrlName(name));

    [Fact]
    public void NewRequest_LongQuestion_IsCutToFitAButtonUrl()
    {
        var url = WhatDoTheyKnowLink.NewRequest("Moray Council", string.Join(' ', Enumerable.Repeat("How many drones & cameras?", 60)));

        Assert.NotNull(url);
        Assert.StartsWith("https://www.whatdotheyknow.com/new/moray_council?title=How%20many%20drones%20%26%20cameras%3F", url, StringComparison.Ordinal);
        Assert.InRange(url.Length, 400, 512);
    }

    [Fact]
    public void NewRequest_NoBody_GivesNoLink() => Assert.Null(WhatDoTheyKnowLink.NewRequest(null, "Does anyone use drones?"));
}
