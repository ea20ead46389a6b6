using GraphQL.Types;

namespace Landscape.Api.Graph.Products;

public sealed class ProductFilterGraphType : InputObjectGraphType<ProductFilter>
{
    public ProductFilterGraphType()
    {
        Name = "ProductFilter";
        Description = "Which products to list; every field given must hold.";
        Field<LayerGraphType>("layer").Description("Only this layer.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs").Description("In any of these categories.");
        Field<StringGraphType>("organizationSlug").Description("Made by this organization.");
        Field<StringGraphType>("country").Description("Made by an organization headquartered in this country (ISO 3166-1 alpha-2).");
        Field<CalendarDateGraphType>("launchedAfter").Description("Launched on or after this day.");
        Field<CalendarDateGraphType>("launchedBefore").Description("Launched on or before this day.");
        Field<BooleanGraphType>("hasFunding").Description("Whose organization has (true) or has no (false) funding round on record.");
        Field<StringGraphType>("search").Description("Free text: words of the name or description, typos tolerated.");
    }
}
