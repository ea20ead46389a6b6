using GraphQL.Types;

namespace Landscape.Api.Graph.Connections;

public sealed class OrderDirectionGraphType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionGraphType() => Description = "Ascending or descending; entries without a value come last either way.";
}
