using FoiBot.Import.Web;

namespace FoiBot.Import.Folder;

/// <summary>
/// The files of one published letter (a response and its attachments, a page and its documents), saved as they come
/// and committed together: the letter counts as imported only when every file was had, so a failed one is tried again.
/// </summary>
internal sealed class LetterFiles(ImportFolder folder, ImportReport report, Func<string, ProvenanceRow> row)
{
    private readonly List<ProvenanceRow> _rows = [];
    private bool _complete = true;

    public void Save(string name, byte[] content) => _rows.Add(row(report.Saved(folder.Save(name, content))));

    /// <summary>Fetches and saves a linked file; a problem naming <paramref name="what"/> when it cannot be had.</summary>
    public async Task SaveLinkedAsync(IPageSource source, Uri address, string name, string what, CancellationToken cancellationToken)
    {
        var fetched = await source.GetAsync(address, cancellationToken).ConfigureAwait(false);
        if (!fetched.Ok)
        {
            report.Problem($"{what}: {fetched.Problem}");
            _complete = false;
            return;
        }

        Save(name, fetched.Body);
    }

    /// <summary>Lists the files saved in the provenance table, and records the letter as imported when all were.</summary>
    public void Commit(string key)
    {
        folder.Commit(_rows, _complete ? key : null);
        report.Imported += _complete ? 1 : 0;
    }
}
