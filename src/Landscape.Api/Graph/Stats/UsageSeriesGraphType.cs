using GraphQL.Types;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Usage;

namespace Landscape.Api.Graph.Stats;

public sealed class UsageSeriesGraphType : ObjectGraphType<UsageSeries>
{
    public UsageSeriesGraphType()
    {
        Name = "UsageSeries";
        Description = "A line of a usage chart: one product's figures of one metric.";
        Field<NonNullGraphType<ProductGraphType>>("product").Description("The product.").Resolve(c => c.Source.Product);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageMetricGraphType>>>>("points")
            .Description("Its figures, oldest first (empty when it has none).").Resolve(c => c.Source.Points);
    }
}
