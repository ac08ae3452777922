using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Discord.Models;

/// <summary>
/// Reads <c>IReadOnlyList&lt;T&gt;</c> of objects and strings, refusing a <c>null</c> element with a
/// <see cref="JsonException"/>. System.Text.Json checks the nullability of members but not of collection elements,
/// so <c>"mentions":[null]</c> or <c>"options":[null]</c> would otherwise reach code that rightly assumes none.
/// Writes the elements as they are.
/// </summary>
public sealed class NoNullElementsListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && !typeToConvert.GetGenericArguments()[0].IsValueType;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ListConverter<T> : JsonConverter<IReadOnlyList<T>>
        where T : class
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of {typeof(T).Name}, got {reader.TokenType}.");
            }
            var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                list.Add(reader.TokenType == JsonTokenType.Null
                    ? throw new JsonException($"A null element in an array of {typeof(T).Name}.")
                    : JsonSerializer.Deserialize(ref reader, element)!);
            }
            return list;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, element);
            }
            writer.WriteEndArray();
        }
    }
}
