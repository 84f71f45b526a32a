namespace FoiBot.Hosting.Tests;

/// <summary>An options class shaped like FoiBot's own: a record with defaults, a list, a secret and a check naming the property.</summary>
public sealed record SampleOptions
{
    public const string SectionName = "Sample";

    public int Permits { get; init; } = 10;

    public IReadOnlyList<string> Kinds { get; init; } = ["a", "b"];

    public string Key { get; init; } = "";

    public static OptionsSection<SampleOptions> Section { get; } = new(SectionName, o => o.Validate()) { Secrets = [nameof(Key)] };

    public void Validate()
    {
        if (Permits < 1)
        {
            throw new ArgumentException("Permits must be at least 1.", nameof(Permits));
        }
    }
}
