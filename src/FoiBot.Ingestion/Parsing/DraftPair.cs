namespace FoiBot.Ingestion.Parsing;

/// <summary>A question and its answer lines as a layout found them, before outcomes are read.</summary>
internal sealed class DraftPair
{
    public DraftPair(string? number, string question)
    {
        Number = number;
        Question = question;
    }

    public string? Number { get; set; }

    public string Question { get; set; }

    public List<string> Answer { get; } = [];

    public bool HasAnswer => Answer.Exists(l => l.Length > 0);
}
