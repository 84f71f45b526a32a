using OpenQA.Selenium.Chrome;

namespace FoiBot.Web.Tests.Browser;

/// <summary>Debian's headless chromium and its driver, driven by Selenium; CI installs both (see .ci/run).</summary>
internal static class Chromium
{
    public const string Binary = "/usr/bin/chromium";

    public const string DriverFolder = "/usr/bin";

    public const string DriverName = "chromedriver";

    public static bool IsInstalled => File.Exists(Binary) && File.Exists(Path.Combine(DriverFolder, DriverName));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="downloads">Where the browser saves downloaded files; none when null.</param>
    public static ChromeDriver Start(int width, int height, string? downloads = null)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"CI=true but {Binary} or {DriverFolder}/{DriverName} is missing: install them with 'apt-get install -y chromium chromium-driver' (.ci/run does).");
        }

        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--force-device-scale-factor=1", $"--window-size={width},{height}");
        if (downloads is not null)
        {
            options.AddUserProfilePreference("download.default_directory", downloads);
            options.AddUserProfilePreference("download.prompt_for_download", false);
        }

        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(10);
        if (downloads is not null)
        {
            // Headless chromium saves downloads only when told where, through the DevTools protocol.
            driver.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?> { ["behavior"] = "allow", ["downloadPath"] = downloads });
        }

        return driver;
    }
}
