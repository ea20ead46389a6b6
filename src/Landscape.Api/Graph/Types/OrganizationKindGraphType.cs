using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class OrganizationKindGraphType : EnumerationGraphType<OrganizationKind>
{
    public OrganizationKindGraphType() => Description = "What kind of organization this is.";
}
