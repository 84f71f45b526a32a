namespace FoiBot.Core.Authorities;

/// <summary>Where an authority is named in a text: the span as written and which of its identifiers matched.</summary>
public sealed record AuthorityMention(Authority Authority, int Start, int Length, AuthorityMentionKind Kind);
