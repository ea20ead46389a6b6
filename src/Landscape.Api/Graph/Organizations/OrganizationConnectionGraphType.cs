using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationConnectionGraphType()
    : ConnectionGraphType<OrganizationGraphType, OrganizationEdgeGraphType, Organization>("Organization");
