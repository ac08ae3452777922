using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Briefing.Bot.Operations;

/// <summary>
/// The only place that knows OpenTelemetry: the libraries record on the <c>Briefing</c> meter with System.Diagnostics.Metrics,
/// and this exports that meter over OTLP when <c>Telemetry:OtlpEndpoint</c> is set. Unset, no exporter and no SDK are added.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string MeterName = "Briefing";
    public const string ServiceName = "briefing-bot";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // A malformed value is left to the options validation, which stops start-up with one line naming the key.
        if (!Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint;
                    exporter.Protocol = settings.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)settings.ExportInterval.TotalMilliseconds;
                }));
        return services;
    }
}
