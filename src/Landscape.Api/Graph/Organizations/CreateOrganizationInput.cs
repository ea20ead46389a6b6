using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Organizations;

public sealed record CreateOrganizationInput : OrganizationFields;
