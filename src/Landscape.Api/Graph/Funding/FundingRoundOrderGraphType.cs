using GraphQL.Types;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundOrderGraphType : InputObjectGraphType<FundingRoundOrder>
{
    public FundingRoundOrderGraphType()
    {
        Name = "FundingRoundOrder";
        Description = "An ordering of funding rounds.";
        Field<NonNullGraphType<FundingRoundOrderFieldGraphType>>("field").Description("What to order by.");
        Field<NonNullGraphType<OrderDirectionGraphType>>("direction").Description("ASC or DESC.").DefaultValue(OrderDirection.Asc);
    }
}
