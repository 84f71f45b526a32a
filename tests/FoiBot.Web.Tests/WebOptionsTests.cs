namespace FoiBot.Web.Tests;

public sealed class WebOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080")]
    public void Validate_LoopbackUrls_Passes(string urls)
    {
        new WebOptions { Urls = urls }.Validate();
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.1:5080")]
    public void Validate_RemoteUrlWithoutAllowRemote_RefusesNamingTheSwitch(string urls)
    {
        var error = Assert.Throws<ArgumentException>(() => new WebOptions { Urls = urls }.Validate());

        Assert.Contains("AllowRemote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RemoteUrlWithAllowRemote_Passes()
    {
        new WebOptions { Urls = "http://0.0.0.0:5080", AllowRemote = true }.Validate();
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    public void Validate_NotAnHttpUrl_Refuses(string urls)
    {
        Assert.Throws<ArgumentException>(() => new WebOptions { Urls = urls }.Validate());
    }

    [Fact]
    public void Validate_NonsenseLimits_Refuses()
    {
        Assert.Throws<ArgumentException>(() => new WebOptions { MaxRequestBodyBytes = 10 }.Validate());
        Assert.Throws<ArgumentException>(() => new WebOptions { RateLimitPermits = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new WebOptions { RateLimitWindow = TimeSpan.Zero }.Validate());
    }
}
