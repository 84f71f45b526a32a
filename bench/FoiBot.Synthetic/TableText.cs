using System.Globalization;
using System.Text;

namespace FoiBot.Synthetic;

/// <summary>A table from a spreadsheet or PDF flattened to text: one row a line, cells separated by spaces.</summary>
internal static class TableText
{
    private static readonly string[] s_months = ["April", "May", "June", "July", "August", "September", "October", "November", "December", "January", "February", "March"];

    public static string Rows(AnswerContext c)
    {
        var random = c.Random;

        // Most tables are a year or two by month; a few are long registers that make the longest letters.
        var rows = random.Chance(0.88) ? 4 + random.Next(20) : 40 + random.Next(240);
        var text = new StringBuilder(rows * 32);
        text.Append(random.Chance(0.5) ? "Month Number Cost" : "Period | Cases | Value (£)");
        var year = c.Year - 1 - rows / 12;
        for (var i = 0; i < rows; i++)
        {
            var month = s_months[i % 12];
            var y = year + (i + 3) / 12;
            text.Append('\n').Append(month).Append(' ').Append(y.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(random.Between(0, 900).ToString(CultureInfo.InvariantCulture)).Append(" £")
                .Append(random.Between(0, 90_000).ToString("N0", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
