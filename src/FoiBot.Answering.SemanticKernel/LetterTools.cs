using System.ComponentModel;
using FoiBot.Search;
using Microsoft.SemanticKernel;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// What the model may ask for when the passages it was given are not enough. Both functions number what they return
/// in the same table as the first passages, so anything the model later cites was retrieved by FoiBot.
/// </summary>
internal sealed class LetterTools(LetterIndex index, PassageTable table, int maxPassages)
{
    public const string PluginName = "letters";

    [KernelFunction("search_letters")]
    [Description("Searches the FOI response letters. Returns numbered passages (question asked, answer given) with authority, reference and date.")]
    public string SearchLetters(
        [Description("What to look for, in plain words")] string query,
        [Description("Only letters from this authority, e.g. 'London Borough of Barnet'; empty for all")] string? authority = null)
    {
        var hits = index.Search(new PassageQuery { Text = query, Authority = authority, Limit = maxPassages });
        return PassageTable.Render(table.Add(hits));
    }

    [KernelFunction("get_letter")]
    [Description("Returns every question and answer of one letter as numbered passages, found by its reference number.")]
    public string GetLetter([Description("The letter's reference, e.g. 'FOI-1091-1718'")] string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || index.FindLetter(reference) is not { } letter)
        {
            return "(no letter has that reference)";
        }

        return PassageTable.Render(table.Add(Enumerable.Range(0, letter.PassageCount).Select(i => (letter, i)).Take(maxPassages)));
    }
}
