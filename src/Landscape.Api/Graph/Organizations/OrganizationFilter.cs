using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationFilter
{
    public OrganizationKind? Kind { get; set; }
    public string? Country { get; set; }
    public bool? HasFunding { get; set; }
    public string? Search { get; set; }
}
