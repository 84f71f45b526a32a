namespace FoiBot.Core.Authorities;

/// <summary>Makes sure no phrase or domain identifies two authorities, since matching could then only guess.</summary>
internal sealed class ClaimRegistry(string sourceName)
{
    private readonly Dictionary<string, (AuthorityRow Row, string What)> _claims = new(StringComparer.Ordinal);

    /// <exception cref="FormatException">Another row already claims <paramref name="key"/>; the message names both rows.</exception>
    public void Claim(string key, string what, AuthorityRow row)
    {
        if (!_claims.TryGetValue(key, out var earlier))
        {
            _claims.Add(key, (row, what));
            return;
        }

        if (!ReferenceEquals(earlier.Row, row))
        {
            throw AuthorityTsvParser.Error(
                sourceName,
                row.Line,
                $"{what} of '{row.Authority.Name}' is already claimed by '{earlier.Row.Authority.Name}' (line {earlier.Row.Line}) as {earlier.What}");
        }
    }
}
