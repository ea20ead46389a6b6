using GraphQL.Types;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationOrderGraphType : InputObjectGraphType<OrganizationOrder>
{
    public OrganizationOrderGraphType()
    {
        Name = "OrganizationOrder";
        Description = "An ordering of organizations.";
        Field<NonNullGraphType<OrganizationOrderFieldGraphType>>("field").Description("What to order by.");
        Field<NonNullGraphType<OrderDirectionGraphType>>("direction").Description("ASC or DESC.").DefaultValue(OrderDirection.Asc);
    }
}
