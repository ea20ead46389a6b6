using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL.Models;

public sealed class ModelOrder
{
    public ModelOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
