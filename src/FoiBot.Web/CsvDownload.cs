using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FoiBot.Web;

/// <summary>A CSV table sent as a file to save, UTF-8 with a byte order mark so spreadsheets read "£" and accents right.</summary>
internal static class CsvDownload
{
    public static FileContentHttpResult Of(string csv, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", fileName);
}
