using System.ComponentModel.DataAnnotations;

namespace Briefing.Bot.Operations;

/// <summary>Where metrics go. Nothing is exported unless <see cref="OtlpEndpoint"/> is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318/v1/metrics</c> with http/protobuf.</summary>
    [Url(ErrorMessage = "Telemetry:OtlpEndpoint must be an absolute http(s) URL.")]
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (OTLP's default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>How often the metrics are pushed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Telemetry:ExportInterval must be between 1 s and 1 h.")]
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(30);
}
