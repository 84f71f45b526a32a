namespace FoiBot.Import.Web;

/// <summary>
/// Pages saved to disk earlier (for a machine with no internet), laid out as `wget --mirror` lays them out: the address
/// https://site/request/x.json is the file SAVED/site/request/x.json, or SAVED/request/x.json when the folder holds one
/// site; a page saved with --adjust-extension (x.html for x) and a query kept in the name (list?page=2) are found too.
/// </summary>
public sealed class SavedPageSource(string folder, long maxBytes) : IPageSource
{
    public Task<Fetched> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var path in Candidates(address))
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                continue;
            }

            if (file.Length > maxBytes)
            {
                return Task.FromResult(Fetched.Failed(address, $"the saved file {path} is larger than the {maxBytes:N0}-byte limit (Import:MaxDownloadBytes)"));
            }

            return Task.FromResult(new Fetched { Address = address, Body = File.ReadAllBytes(path), MediaType = MediaType(path) });
        }

        return Task.FromResult(Fetched.Failed(address, $"not saved under {folder}"));
    }

    private IEnumerable<string> Candidates(Uri address)
    {
        var relative = Uri.UnescapeDataString(address.AbsolutePath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        relative += address.Query;
        if (relative.Split('/').Any(s => s is ".." or "."))
        {
            yield break;
        }

        foreach (var root in new[] { Path.Combine(folder, address.Host), folder })
        {
            var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            yield return path;
            yield return path + ".html";
        }
    }

    private static string MediaType(string path) => Path.GetExtension(path.Split('?')[0]).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".txt" => "text/plain",
        _ => "text/html",
    };
}
