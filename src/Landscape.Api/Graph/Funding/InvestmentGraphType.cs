using GraphQL.Types;
using Landscape.Api.Graph.Organizations;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Funding;

public sealed class InvestmentGraphType : ObjectGraphType<FundingRoundInvestor>
{
    public InvestmentGraphType()
    {
        Name = "Investment";
        Description = "An investor's part in a funding round.";
        Field<NonNullGraphType<OrganizationGraphType>>("investor").Description("The investing organization.")
            .Resolve(c => c.Source.Investor);
        Field<NonNullGraphType<BooleanGraphType>>("isLead").Description("Whether it led the round.").Resolve(c => c.Source.IsLead);
    }
}
