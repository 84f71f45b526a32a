using System.Text;
using System.Text.RegularExpressions;

namespace FoiBot.Discord.Bot;

/// <summary>
/// "Request it yourself": WhatDoTheyKnow's new-request page for a body, /new/{url_name}, with the request's title
/// prefilled by the title parameter (Alaveteli's request#new route). The url_name is made from the body's name the
/// way Alaveteli makes one (lower case, accents dropped, runs of spaces, hyphens and underscores as one underscore,
/// nothing else kept).
/// </summary>
internal static partial class WhatDoTheyKnowLink
{
    public const string Site = "https://www.whatdotheyknow.com";

    private const int MaxUrl = 512;

    private const string AccentedLetters = "àáâãäåāèéêëēìíîïīòóôõöøōùúûüūŵŷýÿçñ";
    private const string PlainLetters = "aaaaaaaeeeeeiiiiiooooooouuuuuwyyycn";

    /// <summary>The prefilled new-request page, or null without a body; the title is cut to keep the link within a button's 512 characters.</summary>
    public static string? NewRequest(string? authority, string title)
    {
        if (string.IsNullOrWhiteSpace(authority) || UrlName(authority) is not { Length: > 0 } name)
        {
            return null;
        }

        var text = title.Trim();
        var url = $"{Site}/new/{name}?title={Uri.EscapeDataString(text)}";
        while (url.Length > MaxUrl && text.Length > 1)
        {
            text = text[..(text.Length * 3 / 4)].TrimEnd();
            url = $"{Site}/new/{name}?title={Uri.EscapeDataString(text)}";
        }

        return url.Length <= MaxUrl ? url : null;
    }

    public static string UrlName(string authority)
    {
        // FoiBot runs with invariant globalization, which has no decomposition data, so accents are folded by table.
        var ascii = new StringBuilder();
        foreach (var c in authority.ToLowerInvariant())
        {
            var at = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
            ascii.Append(at < 0 ? c : PlainLetters[at]);
        }

        var name = Separators().Replace(ascii.ToString(), "_");
        name = Unwanted().Replace(name, "");
        name = Underscores().Replace(name, "_").Trim('_');
        return name.All(char.IsAsciiDigit) ? "" : name;
    }

    [GeneratedRegex(@"[\s\-_]")]
    private static partial Regex Separators();

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex Unwanted();

    [GeneratedRegex("_+")]
    private static partial Regex Underscores();
}
