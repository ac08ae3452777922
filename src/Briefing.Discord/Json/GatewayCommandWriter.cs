using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Discord.Json;

/// <summary>Serializes an outbound gateway command <c>{"op": op, "d": data}</c> to UTF-8 bytes.</summary>
public static class GatewayCommandWriter
{
    public static byte[] Write<T>(int op, T data, JsonTypeInfo<T> dataTypeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, dataTypeInfo);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
