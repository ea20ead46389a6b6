
namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationOrder
{
    public OrganizationOrderField Field { get; set; }
    public OrderDirection Direction { get; set; }
}
