using System.Text;
using NSec.Cryptography;

namespace FoiBot.Discord.Tests;

/// <summary>Signs interaction requests exactly as Discord does, with a key pair made by the test.</summary>
internal static class InteractionSigner
{
    public const string Timestamp = "1700000000";

    private static readonly SignatureAlgorithm s_ed25519 = SignatureAlgorithm.Ed25519;

    public static Key NewKey() => Key.Create(s_ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>The public key as Discord:PublicKey takes it.</summary>
    public static string PublicKeyHex(Key key) => Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)).ToLowerInvariant();

    public static string Sign(Key key, string timestamp, string body) =>
        Convert.ToHexString(s_ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))).ToLowerInvariant();

    public static async Task<HttpResponseMessage> PostSignedAsync(string baseUrl, Key key, string body, CancellationToken ct)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Sign(key, Timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", Timestamp);
        return await http.SendAsync(request, ct);
    }
}
