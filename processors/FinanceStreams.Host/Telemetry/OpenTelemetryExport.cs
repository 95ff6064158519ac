using FinanceStreams.Host.Http;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FinanceStreams.Host.Telemetry;

/// <summary>
/// OpenTelemetry export over OTLP: the runtime's consume/process/produce traces (context carried in Kafka
/// headers) and the runtime, topology, API and .NET runtime metrics. Off unless an endpoint is configured
/// (<c>--otlp-endpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); the other standard <c>OTEL_*</c>
/// variables (headers, metric export interval) apply as usual.
/// </summary>
internal static class OpenTelemetryExport
{
    /// <summary>The service name reported with every span and metric.</summary>
    public const string ServiceName = "finance-streams";

    /// <summary>Starts the exporters, or returns null when <paramref name="endpoint"/> is empty.</summary>
    /// <param name="endpoint">The collector's base URL, e.g. <c>http://127.0.0.1:4317</c>.</param>
    /// <param name="protocol"><c>grpc</c> or <c>http/protobuf</c>.</param>
    public static IDisposable? Start(string? endpoint, string? protocol)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new Cli.PreflightException($"--otlp-endpoint '{endpoint}' is not an http(s) URL.");
        }

        var http = (protocol ?? "grpc") switch
        {
            "grpc" => false,
            "http/protobuf" => true,
            _ => throw new Cli.PreflightException($"--otlp-protocol '{protocol}' is not supported: use grpc or http/protobuf."),
        };
        void Configure(OtlpExporterOptions options, string signal)
        {
            options.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            options.Endpoint = http ? new Uri(baseUrl, signal) : baseUrl;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(ServiceName);
        var traces = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(FinanceStreams.Streaming.Metrics.PipelineMetrics.TracingSource)
            .AddOtlpExporter(o => Configure(o, "v1/traces"))
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. MetricsExport.Meters])
            .AddRuntimeInstrumentation()
            .AddOtlpExporter(o => Configure(o, "v1/metrics"))
            .Build();
        return new Providers(traces, metrics);
    }

    private sealed class Providers(TracerProvider traces, MeterProvider metrics) : IDisposable
    {
        public void Dispose()
        {
            traces.Dispose();
            metrics.Dispose();
        }
    }
}
