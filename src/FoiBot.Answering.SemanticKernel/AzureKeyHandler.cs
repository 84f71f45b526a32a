using System.Net.Http.Headers;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Azure OpenAI through the OpenAI-compatible path (Azure.AI.OpenAI does not restore here): its v1 API takes the key
/// in an api-key header, so the bearer token the OpenAI client sends is moved there.
/// </summary>
internal sealed class AzureKeyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is AuthenticationHeaderValue { Scheme: "Bearer", Parameter: { } key })
        {
            request.Headers.Authorization = null;
            request.Headers.Remove("api-key");
            request.Headers.Add("api-key", key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
