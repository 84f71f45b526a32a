namespace FoiBot.Web.Tests.Browser;

/// <summary>A test needing headless chromium: skipped on a developer machine without it, run (and failing clearly) in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            Skip = $"{Chromium.Binary} and chromedriver are not installed (apt-get install -y chromium chromium-driver); CI installs them.";
        }
    }
}
