using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Briefing.Models;

/// <summary>Builds the one <see cref="IChatClient"/> over the official OpenAI SDK's chat-completions client,
/// which OpenAI, Azure OpenAI (v1 endpoint), Ollama, vLLM and LM Studio all serve.</summary>
internal static class OpenAIChatClientFactory
{
    /// <summary>Local servers take no key, but the SDK requires a credential; they ignore this one.</summary>
    private const string KeylessPlaceholder = "no-key";

    public static IChatClient Create(OpenAIOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            // The SDK's own timeout is per attempt; the whole-call budget is enforced by ModelJsonClient.
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
        };
        if (options.Endpoint is not null)
        {
            clientOptions.Endpoint = options.Endpoint;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? KeylessPlaceholder : options.ApiKey;
        // No logging middleware on purpose: it would write whole prompts and article texts to the log.
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
