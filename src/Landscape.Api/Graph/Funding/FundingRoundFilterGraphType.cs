using GraphQL.Types;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundFilterGraphType : InputObjectGraphType<FundingRoundFilter>
{
    public FundingRoundFilterGraphType()
    {
        Name = "FundingRoundFilter";
        Description = "Which funding rounds to list; every field given must hold.";
        Field<StringGraphType>("organizationSlug").Description("Raised by this organization.");
        Field<StringGraphType>("investorSlug").Description("With this organization among the investors.");
        Field<ListGraphType<NonNullGraphType<RoundTypeGraphType>>>("roundTypes").Description("Of any of these kinds.");
        Field<StringGraphType>("country").Description("Raised by an organization headquartered in this country.");
        Field<CalendarDateGraphType>("announcedAfter").Description("Announced on or after this day.");
        Field<CalendarDateGraphType>("announcedBefore").Description("Announced on or before this day.");
        Field<LayerGraphType>("layer").Description("Raised by an organization with a product in this layer (an organization's rounds count for the layers of its products).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categorySlugs")
            .Description("Raised by an organization with a product in any of these categories.");
    }
}
