using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Briefing.Models;

/// <summary>Builds the clients over the official OpenAI SDK: the chat-completions client and the embeddings client, which
/// OpenAI, Azure OpenAI (v1 endpoint), Ollama, vLLM and LM Studio all serve.</summary>
internal static class OpenAIClientFactory
{
    /// <summary>Local servers take no key, but the SDK requires a credential; they ignore this one.</summary>
    private const string KeylessPlaceholder = "no-key";

    // No logging middleware on purpose: it would write whole prompts and article texts to the log.
    public static IChatClient CreateChatClient(OpenAIOptions options) =>
        CreateClient(options).GetChatClient(options.Model).AsIChatClient();

    public static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(OpenAIOptions options, string model, int dimensions) =>
        CreateClient(options).GetEmbeddingClient(model).AsIEmbeddingGenerator(dimensions);

    private static OpenAIClient CreateClient(OpenAIOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            // The SDK's own timeout is per attempt; the whole-call budget is enforced by the caller.
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
        };
        if (options.Endpoint is not null)
        {
            clientOptions.Endpoint = options.Endpoint;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? KeylessPlaceholder : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }
}
