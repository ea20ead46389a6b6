using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<FundingRoundGraphType, AddFundingRoundInputGraphType>("addFundingRound", "fundingRound", "Records a funding round with its investors and its source.",
            ApiKeyRole.Analyst, AddAsync);
        mutation.AddMutation<FundingRoundGraphType, UpdateFundingRoundInputGraphType>("updateFundingRound", "fundingRound", "Corrects a funding round; `expectedVersion` guards against lost updates.",
            ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<FundingRoundGraphType, RemoveFundingRoundInputGraphType>("removeFundingRound", "fundingRound", "Removes a funding round that should not be on record.",
            ApiKeyRole.Admin, s => s.RemoveAsync(s.Db.FundingRounds, "FundingRound"));
    }

    private static async Task<object?> AddAsync(WriteSession session)
    {
        var input = session.Input;
        var organization = await session.FindAsync(session.Db.Organizations, input.Get<string>("organizationId"), "Organization", input.PathTo("organizationId"));
        var round = new FundingRound { Organization = organization!, OrganizationId = organization?.Id ?? 0 };
        await ApplyAsync(session, round, organization, input);
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.FundingRounds.Add(round);
        return round;
    }

    private static async Task<object?> UpdateAsync(WriteSession session)
    {
        var input = session.Input;
        var round = await session.FindAsync(session.Db.FundingRounds.Include(r => r.Investors).Include(r => r.Organization),
            input.Get<string>("id"), "FundingRound", input.PathTo("id"));
        if (round is null)
        {
            return null;
        }
        session.ExpectVersion(round, input);
        await ApplyAsync(session, round, round.Organization, input);
        return session.HasErrors ? null : round;
    }

    private static async Task ApplyAsync(WriteSession session, FundingRound round, Organization? organization, MutationInput input)
    {
        if (input.Has("announcedOn")) round.AnnouncedOn = input.Get<DateOnly?>("announcedOn") ?? default;
        if (input.Has("roundType")) round.RoundType = input.Get<RoundType?>("roundType") ?? round.RoundType;
        if (input.Has("amount")) round.Amount = input.Get<decimal?>("amount");
        if (input.Has("currency")) round.Currency = input.Get<string>("currency");
        if (input.Has("amountUsd")) round.AmountUsd = input.Get<decimal?>("amountUsd");
        if (input.Has("postMoneyValuationUsd")) round.PostMoneyValuationUsd = input.Get<decimal?>("postMoneyValuationUsd");
        if (input.Has("note")) round.Note = input.Get<string>("note");
        if (input.Has("source") || round.Id == 0)
        {
            round.Source = (await session.SourceAsync(input))!;
        }
        var fields = new FundingRoundFields(round.AnnouncedOn == default ? null : round.AnnouncedOn,
            round.Id == 0 && !input.Has("roundType") ? null : round.RoundType, round.Amount, round.Currency, round.AmountUsd,
            round.PostMoneyValuationUsd, round.Source?.Url, round.Note);
        session.Validate(session.Validators.FundingRound, fields, input);
        session.CheckFounding(organization, fields.AnnouncedOn, input.PathTo("announcedOn"));
        if (organization is not null && fields.AnnouncedOn is { } day && await session.Db.FundingRounds.AnyAsync(r =>
                r.Id != round.Id && r.OrganizationId == organization.Id && r.RoundType == round.RoundType && r.AnnouncedOn == day))
        {
            session.Error(input.PathTo("roundType"), ErrorCodes.Duplicate,
                $"{organization.Name} already has a {Landscape.Data.ConstantCase.Name(round.RoundType)} round announced on {day:yyyy-MM-dd}.");
        }
        if (input.Has("investors"))
        {
            round.Investors.Clear();
            foreach (var investor in input.NestedList("investors"))
            {
                var backer = await session.FindAsync(session.Db.Organizations, investor.Get<string>("organizationId"), "Organization", investor.PathTo("organizationId"));
                if (backer is not null && round.Investors.All(i => i.InvestorId != backer.Id))
                {
                    round.Investors.Add(new FundingRoundInvestor { Investor = backer, InvestorId = backer.Id, IsLead = investor.Get<bool?>("isLead") ?? false });
                }
            }
        }
    }
}

public abstract class FundingRoundInputGraphType : InputObjectGraphType
{
    protected FundingRoundInputGraphType(string name, bool create)
    {
        Name = name;
        Description = create ? "A funding round to record." : "Corrections to a funding round: only the fields given change.";
        if (create)
        {
            Field<NonNullGraphType<IdGraphType>>("organizationId").Description("Global id of the organization that raised it.");
            Field<NonNullGraphType<CalendarDateGraphType>>("announcedOn").Description("When it was announced.");
            Field<NonNullGraphType<RoundTypeGraphType>>("roundType").Description("The kind of round.");
            Field<NonNullGraphType<SourceInputGraphType>>("source").Description("Where it was reported.");
        }
        else
        {
            Field<NonNullGraphType<IdGraphType>>("id").Description("The round's global id.");
            Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
            Field<CalendarDateGraphType>("announcedOn").Description("When it was announced.");
            Field<RoundTypeGraphType>("roundType").Description("The kind of round.");
            Field<SourceInputGraphType>("source").Description("Where it was reported.");
        }
        Field<FloatGraphType>("amount").Description("Amount in `currency`; omit when undisclosed.");
        Field<StringGraphType>("currency").Description("ISO 4217 code of `amount`.");
        Field<FloatGraphType>("amountUsd").Description("Amount in US dollars; required whenever `amount` is given.");
        Field<FloatGraphType>("postMoneyValuationUsd").Description("Post-money valuation in US dollars, where reported.");
        Field<ListGraphType<NonNullGraphType<InvestorInputGraphType>>>("investors").Description("Who invested (replaces the list).");
        Field<StringGraphType>("note").Description("What the analyst should know about this fact.");
    }
}

public sealed class InvestorInputGraphType : InputObjectGraphType
{
    public InvestorInputGraphType()
    {
        Name = "InvestorInput";
        Description = "An investor in a round.";
        Field<NonNullGraphType<IdGraphType>>("organizationId").Description("The investing organization's global id.");
        Field<BooleanGraphType>("isLead").Description("Whether it led the round.");
    }
}

public sealed class RemoveFundingRoundInputGraphType() : RemoveInputGraphType("FundingRound");

public sealed class AddFundingRoundInputGraphType() : FundingRoundInputGraphType("AddFundingRoundInput", create: true);

public sealed class UpdateFundingRoundInputGraphType() : FundingRoundInputGraphType("UpdateFundingRoundInput", create: false);
