using GraphQL.Types;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationFilterGraphType : InputObjectGraphType<OrganizationFilter>
{
    public OrganizationFilterGraphType()
    {
        Name = "OrganizationFilter";
        Description = "Which organizations to list; every field given must hold.";
        Field<OrganizationKindGraphType>("kind").Description("Only this kind.");
        Field<StringGraphType>("country").Description("Headquartered in this country (ISO 3166-1 alpha-2).");
        Field<BooleanGraphType>("hasFunding").Description("With (true) or without (false) a funding round on record.");
        Field<StringGraphType>("search").Description("Free text matched against the name, typos tolerated.");
    }
}
