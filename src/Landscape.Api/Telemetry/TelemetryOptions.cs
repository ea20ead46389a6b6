namespace Landscape.Api.Telemetry;

/// <summary>Section `Landscape:Telemetry` of the configuration.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Landscape:Telemetry";

    /// <summary>
    /// Export traces, metrics and logs over OTLP (endpoint, protocol, headers, service name: the
    /// standard OTEL_* environment variables). Unset: on exactly when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public bool? Enabled { get; set; }

    public bool IsEnabled(IConfiguration configuration) =>
        Enabled ?? !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
}
