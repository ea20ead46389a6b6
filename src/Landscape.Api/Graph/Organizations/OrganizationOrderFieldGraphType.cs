using GraphQL.Types;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationOrderFieldGraphType : EnumerationGraphType<OrganizationOrderField>
{
    public OrganizationOrderFieldGraphType() => Description = "What to order organizations by (the id breaks ties).";
}
