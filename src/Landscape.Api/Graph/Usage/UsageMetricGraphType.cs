using GraphQL.Types;
using Landscape.Api.Graph.Sources;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Usage;

public sealed class UsageMetricGraphType : ObjectGraphType<UsageMetric>
{
    public UsageMetricGraphType()
    {
        Name = "UsageMetric";
        Description = "One dated usage figure of a product, with who measured it and where it was published.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("UsageMetric", c.Source.Id));
        Field<NonNullGraphType<UsageMetricKindGraphType>>("metric").Description("What is counted.").Resolve(c => c.Source.Metric);
        Field<NonNullGraphType<LongGraphType>>("value").Description("The figure.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("The day the figure is for.").Resolve(c => c.Source.AsOf);
        Field<CalendarDateGraphType>("periodStart").Description("Start of the period the figure covers, where it covers one.").Resolve(c => c.Source.PeriodStart);
        Field<CalendarDateGraphType>("periodEnd").Description("End of the period the figure covers.").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<MeasurementMethodGraphType>>("method").Description("Who measured it.").Resolve(c => c.Source.Method);
        Field<StringGraphType>("note").Description("What an analyst noted about this fact.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<SourceGraphType>>("source").Description("Where the figure was published.")
            .Resolve(c => c.Loader<EntityByIdLoader<Source>>().Load(c.Source.SourceId));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change; send it as `expectedVersion` when updating.").Resolve(c => c.Source.Version);
    }
}
