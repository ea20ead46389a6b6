using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Landscape.Api.Telemetry;
using Landscape.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Landscape.Tests.Telemetry;

[Collection(PostgresGroup.Name)]
public sealed class TelemetryTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Fact]
    public async Task A_GraphQL_request_is_traced_with_its_operation_name_and_cost_and_counted_in_the_metrics()
    {
        var operation = "Probe" + Guid.NewGuid().ToString("N")[..8];
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == TelemetryExtensions.GraphQLTelemetrySource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var costs = new ConcurrentBag<double>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphQLMetrics.MeterName && instrument.Name == "landscape.graphql.cost")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, value, _, _) => costs.Add(value));
        meters.Start();

        var body = await Client.QueryAsync($"query {operation} {{ products(first: 5) {{ nodes {{ name organization {{ name }} }} }} }}");

        var cost = (double)body["extensions"]!["cost"]!["requestedQueryCost"]!;
        var span = Assert.Single(spans, s => (string?)s.GetTagItem("graphql.operation.name") == operation);
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal(cost, Convert.ToDouble(span.GetTagItem("landscape.graphql.cost"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt32(span.GetTagItem("landscape.graphql.sql_commands"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(cost, costs);
    }

    [Fact]
    public async Task Telemetry_is_off_by_default_and_one_setting_turns_it_on()
    {
        Assert.Null(Factory.Services.GetService<TracerProvider>());

        // Nothing listens on port 1: export fails quietly in the background, serving goes on.
        await using var enabled = Factory.WithWebHostBuilder(b => b
            .UseSetting("Landscape:Telemetry:Enabled", "true")
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:1"));
        Assert.NotNull(enabled.Services.GetService<TracerProvider>());
        using var client = enabled.CreateClient();
        var data = await client.DataAsync("{ product(slug: \"chatgpt\") { name } }");
        Assert.Equal("ChatGPT", (string?)data["product"]!["name"]);
    }
}
