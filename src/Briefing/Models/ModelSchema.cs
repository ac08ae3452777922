using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;

namespace Briefing.Models;

/// <summary>
/// A JSON schema sent as the response format, the validator its replies are checked with (the same schema, so
/// what the server was asked to produce is exactly what is accepted), and the strict serializer options the
/// validated reply is then read with.
/// </summary>
internal sealed record ModelSchema(string Name, string Description, JsonElement Schema)
{
    // Built once per schema; each gets its own base URI because built schemas are registered globally by URI.
    private readonly Lazy<JsonSchema> validator = new(() =>
        JsonSchema.Build(Schema, baseUri: new Uri($"https://briefing.invalid/schemas/{Name}")));

    /// <summary>Null when <paramref name="reply"/> conforms; otherwise the first violation, for the log.</summary>
    public string? FindViolation(JsonElement reply)
    {
        var results = validator.Value.Evaluate(reply, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return null;
        var failure = results.Details?.FirstOrDefault(detail => detail.Errors is { Count: > 0 }) ?? results;
        var message = failure.Errors?.Values.FirstOrDefault() ?? "does not match the schema";
        return $"{failure.InstanceLocation}: {message}";
    }

    /// <summary>
    /// Missing required members, nulls in non-nullable members, wrong types and unknown members are all rejected;
    /// the schemas below are derived with these very options, so what is asked for and what is read cannot drift.
    /// </summary>
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static readonly ModelSchema Summary = For<ModelSummaryOutput>(
        "argument_summary",
        "Thesis, supporting points and counterpoints, each with a verbatim quote and its paragraph number.");

    public static readonly ModelSchema DigestLine = For<ModelDigestLineOutput>(
        "digest_line",
        "The article's thesis as one plain sentence.");

    public static readonly ModelSchema Answer = For<ModelAnswerOutput>(
        "grounded_answer",
        "An answer from the given paragraphs only, with verbatim citations, or answered=false.");

    /// <summary>The schema of the output record <typeparamref name="T"/>, as <see cref="SerializerOptions"/> reads it.</summary>
    internal static ModelSchema For<T>(string name, string description)
    {
        // The reply itself is never null, though the record type is a reference type.
        var schema = SerializerOptions.GetJsonSchemaAsNode(typeof(T), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        using var document = JsonDocument.Parse(Inlined(schema, schema).ToJsonString());
        return new ModelSchema(name, description, document.RootElement.Clone());
    }

    // The exporter writes a type met a second time as {"$ref":"#/path/to/first"}. The records are not recursive, so
    // each reference is replaced by a copy of its target: a local server's grammar-constrained decoding may not follow $ref.
    private static JsonNode Inlined(JsonNode node, JsonNode root)
    {
        switch (node)
        {
            case JsonObject reference when reference.Count == 1 && reference["$ref"] is JsonValue pointer:
                var target = pointer.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Aggregate(root, (at, segment) => at[segment] ?? throw new InvalidOperationException($"Schema reference {pointer} leads nowhere."));
                return Inlined(target.DeepClone(), root);
            case JsonObject members:
                return new JsonObject(members.Select(member => KeyValuePair.Create(member.Key, member.Value is null ? null : Inlined(member.Value, root))));
            case JsonArray items:
                return new JsonArray([.. items.Select(item => item is null ? null : Inlined(item, root))]);
            default:
                return node.DeepClone();
        }
    }
}
