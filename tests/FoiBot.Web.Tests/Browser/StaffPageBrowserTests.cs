using System.Drawing;
using FoiBot.Answering;
using FoiBot.Answering.SemanticKernel;
using FoiBot.Core.Authorities;
using FoiBot.Search;
using FoiBot.Testing;
using FoiBot.Testing.FakeModel;
using Microsoft.Extensions.Logging.Abstractions;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace FoiBot.Web.Tests.Browser;

/// <summary>The staff page in real headless chromium against a real server: search, a letter, a check, and a hostile letter.</summary>
public sealed class StaffPageBrowserTests : IClassFixture<StaffServer>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly StaffServer _server;

    public StaffPageBrowserTests(StaffServer server) => _server = server;

    [BrowserFact]
    public void StaffPage_SearchOpenLetterAndCheckARequest_ShowsPriorDisclosuresAndTakesTheReadmeScreenshot()
    {
        using var driver = OpenPage(1280, 900);
        var wait = new WebDriverWait(driver, s_wait);
        Assert.Equal(true, driver.ExecuteScript("return [...document.querySelectorAll('input,select,textarea')].every(e => e.labels.length > 0);"));

        // Search by keyboard: type, pick the authority, press Enter.
        Choose(driver, "authority", "London Borough of Barnet");
        Search(driver, wait, "facial recognition");
        var marks = driver.FindElements(By.CssSelector("#results mark")).Select(m => m.Text.ToLowerInvariant()).ToList();
        Assert.Contains(marks, m => m.StartsWith("recogni", StringComparison.Ordinal));
        Assert.Contains("5576276", driver.FindElement(By.Id("results")).Text, StringComparison.Ordinal);

        // Open the letter from its result.
        driver.FindElements(By.CssSelector("#results li button")).First(b => b.Text.Contains("5576276", StringComparison.Ordinal)).Click();
        wait.Until(d => d.FindElement(By.Id("letter-panel")).Displayed);
        Assert.Contains("Is face recognition software used in LB of Barnet", driver.FindElement(By.Id("letter-pairs")).Text, StringComparison.Ordinal);
        Assert.Equal("letter-panel", driver.SwitchTo().ActiveElement().GetAttribute("id"));

        // Check a pasted request, submitting with the keyboard.
        Choose(driver, "check-authority", "London Borough of Barnet");
        var request = driver.FindElement(By.Id("check-text"));
        request.SendKeys("Dear FOI team,\n1. Does the council use facial recognition?\n2. How many CCTV cameras do you operate?\nThanks");
        driver.FindElement(By.Id("check-button")).SendKeys(Keys.Enter);
        wait.Until(d => d.FindElement(By.Id("check-warning")).Displayed);
        var checks = driver.FindElement(By.Id("check-results")).Text;
        Assert.Contains("5576276", checks, StringComparison.Ordinal);
        Assert.Contains("16336160", checks, StringComparison.Ordinal);
        Assert.Contains("Likely duplicate: questions 1, 2 were already answered", driver.FindElement(By.Id("check-warning")).Text, StringComparison.Ordinal);

        SaveScreenshot(driver);
    }

    [BrowserFact]
    public void StaffPage_CheckAQuestionAnsweredBefore_GroupsTheEarlierLettersAndDownloadsTheCheckAsCsv()
    {
        using var downloads = new TempDirectory();
        using var driver = Chromium.Start(1280, 900, downloads.Path);
        driver.Navigate().GoToUrl(_server.BaseAddress);
        var wait = new WebDriverWait(driver, s_wait);
        wait.Until(d => d.FindElements(By.CssSelector("#check-authority option")).Count > 1);

        Choose(driver, "check-authority", "London Borough of Barnet");
        driver.FindElement(By.Id("check-text")).SendKeys("Does the council use facial recognition technology on its CCTV cameras?");
        driver.FindElement(By.Id("check-button")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#check-results .asked")).Count > 0);

        Assert.StartsWith("Asked 2 times of London Borough of Barnet (2019-08-27 to 2026-01-16):", driver.FindElement(By.CssSelector("#check-results .asked")).Text, StringComparison.Ordinal);
        var own = driver.FindElements(By.CssSelector("#check-results > li > ol.matches"))[0].Text;
        Assert.Contains("16336160", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Coventry", own, StringComparison.Ordinal);
        Assert.Contains("Elsewhere", driver.FindElement(By.Id("check-results")).Text, StringComparison.Ordinal);

        driver.FindElement(By.Id("check-csv")).Click();
        var file = Path.Combine(downloads.Path, "foibot-check.csv");
        wait.Until(_ => File.Exists(file) && new FileInfo(file).Length > 0);
        var csv = File.ReadAllText(file);
        Assert.StartsWith("question_number,question,asked_before,where,authority,ref", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("own,London Borough of Barnet,5576276", csv, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void StaffPage_LetterHoldingScript_ShowsItAsTextAndRunsNothing()
    {
        using var driver = OpenPage(1280, 900);
        var wait = new WebDriverWait(driver, s_wait);

        Search(driver, wait, "marmalade sandwiches");
        driver.FindElements(By.CssSelector("#results li button")).First(b => b.Text.Contains(HostileLetter.Reference, StringComparison.Ordinal)).Click();
        wait.Until(d => d.FindElement(By.Id("letter-panel")).Displayed);

        Assert.Contains(HostileLetter.Payload, driver.FindElement(By.Id("results")).Text, StringComparison.Ordinal);
        Assert.Contains(HostileLetter.Payload, driver.FindElement(By.Id("letter-pairs")).Text, StringComparison.Ordinal);
        Assert.Equal(1L, driver.ExecuteScript("return document.scripts.length;"));
        Assert.Equal(0L, driver.ExecuteScript("return document.images.length;"));
        Assert.Throws<NoAlertPresentException>(() => driver.SwitchTo().Alert());
    }

    [BrowserFact]
    public void StaffPage_AskAQuestion_ShowsTheVerdictAndTheLettersItRestsOn()
    {
        using var driver = OpenPage(_server, 1280, 900);
        var wait = new WebDriverWait(driver, s_wait);

        var answer = Ask(driver, wait, "Does Barnet use facial recognition?");

        Assert.StartsWith("No · written by FoiBot from the letters", driver.FindElement(By.Id("ask-verdict")).Text, StringComparison.Ordinal);
        Assert.Contains("5576276", answer, StringComparison.Ordinal);
        Assert.False(driver.FindElement(By.Id("ask-fallback")).Displayed);
    }

    [BrowserFact]
    public async Task StaffPage_ModelInventsAFigure_ShowsTheLettersAnswerAndWhyTheModelsWasNotShown()
    {
        await using var model = await FakeModelServer.StartAsync();
        model.Then(r => new ModelStep.Say($"Barnet uses facial recognition at 40 sites [{r.Passages.First(p => p.Reference == "5576276").Number}]."));
        var withModel = new StaffServer { Engine = index => ModelEngine(index, model) };
        await withModel.InitializeAsync();
        try
        {
            using var driver = OpenPage(withModel, 1280, 900);
            var wait = new WebDriverWait(driver, s_wait);

            var answer = Ask(driver, wait, "Does Barnet use facial recognition?");

            Assert.DoesNotContain("40 sites", answer, StringComparison.Ordinal);
            Assert.Equal(
                "The model's answer was not shown: the model's answer failed the check: sentence 1 names 40, which no passage it cites holds.",
                driver.FindElement(By.Id("ask-fallback")).Text);
        }
        finally
        {
            await withModel.DisposeAsync();
        }
    }

    [BrowserFact]
    public void StaffPage_OnAPhoneWidth_NeedsNoSidewaysScrolling()
    {
        using var driver = OpenPage(390, 844);
        var wait = new WebDriverWait(driver, s_wait);
        Search(driver, wait, "CCTV cameras");

        var overflow = Convert.ToInt64(driver.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a 390 px phone screen.");
    }

    /// <summary>The page in a fresh browser, once its coverage table has loaded (the script ran and the API answered).</summary>
    private ChromeDriver OpenPage(int width, int height) => OpenPage(_server, width, height);

    private static ChromeDriver OpenPage(StaffServer server, int width, int height)
    {
        var driver = Chromium.Start(width, height);
        try
        {
            driver.Navigate().GoToUrl(server.BaseAddress);
            new WebDriverWait(driver, s_wait).Until(d => d.FindElements(By.CssSelector("#coverage tbody tr")).Count > 0);
            return driver;
        }
        catch
        {
            driver.Dispose();
            throw;
        }
    }

    /// <summary>Searches as a keyboard user does: type the words, press Enter, wait for results.</summary>
    private static void Search(ChromeDriver driver, WebDriverWait wait, string words)
    {
        driver.FindElement(By.Id("q")).SendKeys(words + Keys.Enter);
        wait.Until(d => d.FindElements(By.CssSelector("#results li")).Count > 0);
    }

    /// <summary>Asks as a keyboard user does and waits for the answer; the answer panel's text.</summary>
    private static string Ask(ChromeDriver driver, WebDriverWait wait, string question)
    {
        driver.FindElement(By.Id("ask-q")).SendKeys(question + Keys.Enter);
        wait.Until(d => d.FindElement(By.Id("ask-answer")).Displayed);
        return driver.FindElement(By.Id("ask-answer")).Text;
    }

    /// <summary>The LLM engine pointed at <paramref name="model"/>, falling back to the extractive engine as a host wires it.</summary>
    private static LlmAnswerEngine ModelEngine(LetterIndex index, FakeModelServer model) => LlmAnswerEngine.Create(
        new LlmOptions { Provider = LlmProvider.OpenAICompatible, Endpoint = model.Endpoint, Model = "fake-model", Timeout = TimeSpan.FromSeconds(5), MaxRetries = 0 },
        index,
        AuthorityCatalog.Default,
        new ExtractiveAnswerEngine(index, AuthorityCatalog.Default, new AnswerOptions()),
        NullLoggerFactory.Instance,
        TimeProvider.System);

    private static void Choose(ChromeDriver driver, string selectId, string value) =>
        driver.FindElement(By.CssSelector($"#{selectId} option[value='{value}']")).Click();

    /// <summary>The README's picture of the page, as tall as the page up to a height a README can show.</summary>
    private static void SaveScreenshot(ChromeDriver driver)
    {
        var height = Convert.ToInt32(driver.ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        driver.Manage().Window.Size = new Size(1280, Math.Min(height + 20, 2400));
        driver.ExecuteScript("window.scrollTo(0, 0);");
        var docs = Path.Combine(RepoPaths.Root, "docs");
        Directory.CreateDirectory(docs);
        driver.GetScreenshot().SaveAsFile(Path.Combine(docs, "staff-page.png"));
    }
}
