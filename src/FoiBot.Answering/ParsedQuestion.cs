namespace FoiBot.Answering;

/// <summary>What a question asks about: the authority it names (known, or a name FoiBot does not recognise), any references, and its topic words.</summary>
internal sealed record ParsedQuestion
{
    public required string Text { get; init; }

    /// <summary>The canonical names of the authorities the question names, in the order it names them; empty for none.</summary>
    public IReadOnlyList<string> Authorities { get; init; } = [];

    /// <summary>An authority-like name that matches nothing FoiBot knows ("Narnia Borough Council").</summary>
    public string? UnknownAuthority { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The question with the authority's name taken out, which is what the passages must cover.</summary>
    public required string Topic { get; init; }

    public TimeScope Time { get; init; } = TimeScope.None;

    /// <summary>Years the question asks about ("claims in 2013/14"), as four-digit strings.</summary>
    public IReadOnlyList<string> Years { get; init; } = [];

    /// <summary>The question asks what was refused or withheld, or why.</summary>
    public bool AsksAboutRefusal { get; init; }
}
