using GraphQL.Types;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Usage;

namespace Landscape.Api.Graph.Stats;

public sealed class UsageLeaderGraphType : ObjectGraphType<UsageLeader>
{
    public UsageLeaderGraphType()
    {
        Name = "UsageLeader";
        Description = "A product ranked by its latest figure of a metric.";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the largest figure.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<ProductGraphType>>("product").Description("The product.").Resolve(c => c.Source.Usage.Product);
        Field<NonNullGraphType<LongGraphType>>("value").Description("Its latest figure.").Resolve(c => c.Source.Usage.Value);
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("The day of that figure.").Resolve(c => c.Source.Usage.AsOf);
        Field<NonNullGraphType<UsageMetricGraphType>>("usage").Description("The figure itself, with its method and source.").Resolve(c => c.Source.Usage);
    }
}
