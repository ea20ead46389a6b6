using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL.Organizations;

public sealed class OrganizationOrder
{
    public OrganizationOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
