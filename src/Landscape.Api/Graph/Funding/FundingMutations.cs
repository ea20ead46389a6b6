using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Funding;

public sealed class FundingMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<FundingRoundGraphType, AddFundingRoundInputGraphType, AddFundingRoundInput>("addFundingRound", "fundingRound",
            "Records a funding round with its investors and its source.", ApiKeyRole.Analyst, AddAsync);
        mutation.AddMutation<FundingRoundGraphType, UpdateFundingRoundInputGraphType, UpdateFundingRoundInput>("updateFundingRound", "fundingRound",
            "Corrects a funding round; `expectedVersion` guards against lost updates.", ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<FundingRoundGraphType, RemoveFundingRoundInputGraphType, RemoveInput>("removeFundingRound", "fundingRound",
            "Removes a funding round that should not be on record.", ApiKeyRole.Admin, MutationFields.RemoveAsync<FundingRound>);
    }

    private static async Task<object?> AddAsync(AddFundingRoundInput input, MutationWrite m)
    {
        var organization = await m.Write.FindAsync<Organization>(input.OrganizationId, [nameof(AddFundingRoundInput.OrganizationId)]);
        return await MutationFields.CreateAsync(new FundingRound { Organization = organization! }, m, round => round.ApplyAsync(input, m.Write));
    }

    private static Task<object?> UpdateAsync(UpdateFundingRoundInput input, MutationWrite m) =>
        MutationFields.UpdateAsync<FundingRound>(input.Id, input.ExpectedVersion, m, round => round.ApplyAsync(input, m.Write),
            nameof(FundingRound.Organization), nameof(FundingRound.Source), nameof(FundingRound.Investors));
}

public abstract class FundingRoundInputGraphType<T> : RecordInputGraphType<T> where T : FundingRoundFields, new()
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
        Field<ListGraphType<NonNullGraphType<InvestorInputGraphType>>>("investors").Description("Who invested (replaces the list).");
        this.AddPlainFields();
    }
}

public sealed class InvestorInputGraphType : RecordInputGraphType<InvestorFields>
{
    public InvestorInputGraphType()
    {
        Name = "InvestorInput";
        Description = "An investor in a round.";
        Field<NonNullGraphType<IdGraphType>>("organizationId").Description("The investing organization's global id.").Binds(nameof(InvestorFields.Organization));
        this.AddPlainFields();
    }
}

public sealed class RemoveFundingRoundInputGraphType() : RemoveInputGraphType("FundingRound");

public sealed class AddFundingRoundInputGraphType() : FundingRoundInputGraphType<AddFundingRoundInput>("AddFundingRoundInput", create: true);

public sealed class UpdateFundingRoundInputGraphType() : FundingRoundInputGraphType<UpdateFundingRoundInput>("UpdateFundingRoundInput", create: false);
