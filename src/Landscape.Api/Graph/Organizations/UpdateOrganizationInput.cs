using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Organizations;

public sealed record UpdateOrganizationInput : OrganizationFields
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
