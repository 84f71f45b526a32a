using FoiBot.Core.Authorities;

namespace FoiBot.Core.Tests.Authorities;

/// <summary>Small catalogs written inline, so a test shows every row it depends on.</summary>
internal static class TestCatalogs
{
    public const string Header = "name\tkind\tnation\tplace_names\taliases\tdomains";

    public static AuthorityCatalog Load(params string[] rows) =>
        AuthorityCatalog.Load(new StringReader(Header + "\n" + string.Join("\n", rows)), "test.tsv");
}
