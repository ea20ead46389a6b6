using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Organizations;

public sealed class OrganizationEdgeGraphType() : EdgeGraphType<OrganizationGraphType, Organization>("Organization");
