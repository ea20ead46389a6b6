using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Common;

public sealed class OrganizationKindGraphType : EnumerationGraphType<OrganizationKind>
{
    public OrganizationKindGraphType() => Description = "What kind of organization this is.";
}
