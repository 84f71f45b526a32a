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

    [Theory]
    [InlineData("a-key-long-enough-for-the-page-000000", "")]
    [InlineData("", "10.0.0.5")]
    public void Validate_RemoteUrlWithAllowRemoteAndAnAccessControl_Passes(string keys, string proxies)
    {
        new WebOptions { Urls = "http://0.0.0.0:5080", AllowRemote = true, ApiKeys = keys, TrustedProxies = proxies }.Validate();
    }

    [Fact]
    public void Validate_AllowRemoteWithoutAnAccessControl_RefusesNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => new WebOptions { Urls = "http://0.0.0.0:5080", AllowRemote = true }.Validate());

        Assert.Equal(nameof(WebOptions.AllowRemote), error.ParamName);
        Assert.Contains("Web__ApiKeys", error.Message, StringComparison.Ordinal);
        Assert.Contains("Web:TrustedProxies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShortApiKey_RefusesWithoutSayingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new WebOptions { ApiKeys = "hunter2" }.Validate());

        Assert.Equal(nameof(WebOptions.ApiKeys), error.ParamName);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrustedProxyNotAnAddress_Refuses()
    {
        Assert.Throws<ArgumentException>(() => new WebOptions { TrustedProxies = "proxy.council.local" }.Validate());
    }

    [Fact]
    public void ToString_WithApiKeys_NeverPrintsThem()
    {
        const string key = "a-key-long-enough-for-the-page-000000";

        var text = new WebOptions { ApiKeys = key }.ToString();

        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKeys = (1 set)", text, StringComparison.Ordinal);
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
