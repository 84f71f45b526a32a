using FoiBot.Cli.Output;
using FoiBot.Import;

namespace FoiBot.Cli.Tests.Import;

/// <summary>The import's progress on a terminal: one line redrawn in place, cleared at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void Report_ThenFinish_RedrawsOneLineAndClearsIt()
    {
        var output = new StringWriter();
        var line = new ProgressLine(output);

        line.Report(new ImportProgress(0, 0, "/body/bristol_city_council"));
        line.Report(new ImportProgress(1, 3, "cctv"));
        line.Finish();

        Assert.Equal("\rlisting /body/bristol_city_council\r" + "[1/3] cctv".PadRight(34) + "\r" + new string(' ', 10) + "\r", output.ToString());
    }
}
