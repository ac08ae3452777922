using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Briefing.Models;

/// <summary>
/// The OpenAI-compatible model behind the model-backed engine. The model is used only when
/// <see cref="ApiKey"/> or <see cref="Endpoint"/> is set; otherwise summaries stay extractive.
/// </summary>
public sealed class OpenAIOptions
{
    public const string Section = "OpenAI";

    /// <summary>Conventional variable read when <c>OpenAI:ApiKey</c> is absent.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>Secret: only from the environment or user secrets, never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Base URL of any OpenAI-compatible server (OpenAI, Azure OpenAI v1, Ollama, vLLM, LM Studio), e.g. <c>http://localhost:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string Model { get; set; } = "gpt-4.1-mini";

    /// <summary>Whole budget for one model call; past it the extractive engine answers.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(64, 32_000)]
    public int MaxOutputTokens { get; set; } = 1_500;

    /// <summary>Article tokens (o200k_base) sent in one request; longer articles are chunked and combined.</summary>
    [Range(500, 1_000_000)]
    public int MaxInputTokens { get; set; } = 12_000;

    /// <summary>Retries the SDK makes on 429/5xx before the call counts as failed.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 1;

    /// <summary>Omitted from requests when null: some current models accept only their default.</summary>
    [Range(0.0, 2.0)]
    public float? Temperature { get; set; }

    /// <summary>Paragraphs given to the model for one follow-up question.</summary>
    [Range(1, 40)]
    public int AnswerParagraphs { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) || Endpoint is not null;

    /// <summary><c>OpenAI:ApiKey</c> (env <c>OpenAI__ApiKey</c>) first, then the conventional <c>OPENAI_API_KEY</c>,
    /// which the host's environment-variable configuration source exposes as a top-level key.</summary>
    public static string? KeyOrEnvironment(string? configuredKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuredKey) ? configuredKey : configuration[ApiKeyEnvironmentVariable];
    }
}
