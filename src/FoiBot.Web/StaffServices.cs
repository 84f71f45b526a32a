using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Indexing;
using FoiBot.Search;

namespace FoiBot.Web;

/// <summary>What the staff page answers from, shared by every request: registered by <see cref="StaffHost"/>, or built by whoever owns them.</summary>
public sealed record StaffServices(LetterIndex Index, IAnswerEngine Engine, PriorDisclosureChecker Checker, AuthorityCatalog Catalog)
{
    /// <summary>What the index is short of (a corpus folder missing, following stopped), shown on /healthz; always ok when no host follows the corpus.</summary>
    public IndexHealth Health { get; init; } = new();
}
