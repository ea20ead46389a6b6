using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationEdgeGraphType() : EdgeGraphType<OrganizationGraphType, Organization>("Organization");
