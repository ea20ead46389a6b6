using GraphQL.Types;
using Landscape.Api.Graph.Organizations;
using Landscape.Api.Graph.Sources;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingRoundGraphType : ObjectGraphType<FundingRound>
{
    public FundingRoundGraphType()
    {
        Name = "FundingRound";
        Description = "Money an organization raised on a day, with its investors and its source.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("FundingRound", c.Source.Id));
        Field<NonNullGraphType<CalendarDateGraphType>>("announcedOn").Description("When the round was announced.").Resolve(c => c.Source.AnnouncedOn);
        Field<NonNullGraphType<RoundTypeGraphType>>("roundType").Description("The kind of round.").Resolve(c => c.Source.RoundType);
        Field<FloatGraphType>("amount").Description("Amount in the original currency; null when undisclosed.").Resolve(c => (double?)c.Source.Amount);
        Field<StringGraphType>("currency").Description("ISO 4217 code of `amount`.").Resolve(c => c.Source.Currency);
        Field<FloatGraphType>("amountUsd").Description("Amount in US dollars; null when undisclosed.").Resolve(c => (double?)c.Source.AmountUsd);
        Field<FloatGraphType>("postMoneyValuationUsd").Description("Post-money valuation in US dollars, where reported.")
            .Resolve(c => (double?)c.Source.PostMoneyValuationUsd);
        Field<StringGraphType>("note").Description("What an analyst noted about this fact.").Resolve(c => c.Source.Note);
        Field<OrganizationGraphType>("organization").Description("Who raised the round.")
            .Resolve(c => c.Loader<EntityByIdLoader<Organization>>().Load(c.Source.OrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvestmentGraphType>>>>("investors")
            .Description("Who invested, leads first.")
            .Resolve(c => c.Loader<InvestmentsByRoundLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<SourceGraphType>>("source").Description("Where this round was reported.")
            .Resolve(c => c.Loader<EntityByIdLoader<Source>>().Load(c.Source.SourceId));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change; send it as `expectedVersion` when updating.").Resolve(c => c.Source.Version);
    }
}
