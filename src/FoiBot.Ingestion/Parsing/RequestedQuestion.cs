namespace FoiBot.Ingestion.Parsing;

/// <summary>One question as the request states it: its number (null for an unnumbered paragraph) and its lines.</summary>
internal sealed class RequestedQuestion
{
    public RequestedQuestion(int? number, string firstLine)
    {
        Number = number;
        Lines.Add(firstLine);
    }

    public int? Number { get; }

    public List<string> Lines { get; } = [];

    public string Text => string.Join("\n", Lines.Where(l => l.Length > 0));
}
