using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Models;

/// <summary>
/// One structured call to the model: system instructions + a user message, a JSON schema as the response
/// format, the configured timeout (on the injected TimeProvider), and the reply parsed into <typeparamref name="T"/>.
/// Every failure becomes a <see cref="ModelCallException"/> so callers can fall back to the extractive engine.
/// </summary>
internal sealed class ModelJsonClient(IChatClient chat, IOptions<OpenAIOptions> options, TimeProvider time, ILogger<ModelJsonClient> logger)
{
    public string Model => options.Value.Model;

    public async Task<T> CompleteAsync<T>(string purpose, string system, string user, ModelSchema schema, CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value;
        var chatOptions = new ChatOptions
        {
            ModelId = settings.Model,
            MaxOutputTokens = settings.MaxOutputTokens,
            Temperature = settings.Temperature,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.Schema, schema.Name, schema.Description),
            // Strict structured output ("strict" is the adapter's key): the server constrains decoding to the schema.
            AdditionalProperties = new AdditionalPropertiesDictionary { ["strict"] = true },
        };
        ChatMessage[] messages = [new(ChatRole.System, system), new(ChatRole.User, user)];

        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
        }
        // Our budget or the SDK's own per-attempt network timeout: either way the caller did not cancel.
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ModelsLog.ModelTimedOut(logger, purpose, settings.Timeout);
            throw new ModelCallException($"the model did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
        catch (ClientResultException exception)
        {
            ModelsLog.ModelFailed(logger, purpose, exception.Status, exception.GetType().Name);
            throw new ModelCallException($"the model call failed (HTTP {exception.Status})");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ModelsLog.ModelFailed(logger, purpose, 0, exception.GetType().Name);
            throw new ModelCallException($"the model call failed ({exception.GetType().Name})");
        }

        var error = response.Messages.SelectMany(message => message.Contents).OfType<ErrorContent>().FirstOrDefault();
        if (error is not null)
        {
            ModelsLog.ModelRefused(logger, purpose, error.ErrorCode ?? "error");
            throw new ModelCallException("the model refused to answer");
        }

        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new ModelCallException("the model's answer was cut off at the output limit");
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new ModelCallException("the model's answer was withheld by its content filter");
        }

        return Parse<T>(purpose, response.Text, schema);
    }

    private T Parse<T>(string purpose, string text, ModelSchema schema)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(StripCodeFence(text));
            // The schema first: a reply with extra members or a wrong shape is refused even where the typed
            // reader below would have tolerated it.
            if (schema.FindViolation(document.RootElement) is { } violation)
            {
                ModelsLog.ModelOffSchema(logger, purpose, violation);
                throw new ModelCallException("the model's JSON did not match the required schema");
            }
            return document.RootElement.Deserialize<T>(ModelSchema.SerializerOptions)
                ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            ModelsLog.ModelInvalidJson(logger, purpose, text.Length);
            throw new ModelCallException("the model did not return the required JSON");
        }
    }

    /// <summary>Local models often wrap JSON in a Markdown fence despite the instructions.</summary>
    private static string StripCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? trimmed : trimmed[(firstLineEnd + 1)..closing].Trim();
    }
}
