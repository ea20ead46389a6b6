using GraphQL.Types;

namespace Landscape.Api.GraphQL.Common;

public sealed class OrderDirectionGraphType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionGraphType() => Description = "Ascending or descending; entries without a value come last either way.";
}
