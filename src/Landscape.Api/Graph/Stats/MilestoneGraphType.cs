using GraphQL.Types;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Usage;

namespace Landscape.Api.Graph.Stats;

public sealed class MilestoneGraphType : ObjectGraphType<Milestone>
{
    public MilestoneGraphType()
    {
        Name = "Milestone";
        Description = "When a product first reached a usage threshold, counted from its launch.";
        Field<NonNullGraphType<ProductGraphType>>("product").Description("The product.").Resolve(c => c.Source.Usage.Product);
        Field<NonNullGraphType<CalendarDateGraphType>>("launchedOn").Description("Its launch day.").Resolve(c => c.Source.LaunchedOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("reachedOn").Description("The day of the first figure at or above the threshold.")
            .Resolve(c => c.Source.Usage.AsOf);
        Field<NonNullGraphType<IntGraphType>>("days").Description("Days from launch to that figure (what the figure is dated, not when it was published).")
            .Resolve(c => c.Source.Days);
        Field<NonNullGraphType<LongGraphType>>("value").Description("That figure.").Resolve(c => c.Source.Usage.Value);
        Field<NonNullGraphType<UsageMetricGraphType>>("usage").Description("The figure itself, with its method and source.").Resolve(c => c.Source.Usage);
    }
}
