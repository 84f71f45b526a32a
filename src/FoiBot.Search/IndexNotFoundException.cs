namespace FoiBot.Search;

/// <summary>There is no usable letter index in the folder: missing, unreadable, or built by an older FoiBot.</summary>
public sealed class IndexNotFoundException : Exception
{
    public IndexNotFoundException()
        : base("No letter index was found.")
    {
    }

    public IndexNotFoundException(string message)
        : base(message)
    {
    }

    public IndexNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
