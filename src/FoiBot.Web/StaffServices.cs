using FoiBot.Answering;
using FoiBot.Answering.PriorDisclosure;
using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Web;

/// <summary>What the staff page answers from, built by the host that owns them (the CLI) and shared by every request.</summary>
public sealed record StaffServices(LetterIndex Index, IAnswerEngine Engine, PriorDisclosureChecker Checker, AuthorityCatalog Catalog);
