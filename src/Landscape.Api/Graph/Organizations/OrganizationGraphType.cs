using GraphQL.Types;
using Landscape.Api.Graph.Funding;
using Landscape.Api.Graph.Models;
using Landscape.Api.Graph.Products;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public OrganizationGraphType()
    {
        Name = "Organization";
        Description = "A company, lab, big-tech firm, investor or community behind products and models.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Organization", c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<OrganizationKindGraphType>>("kind").Description("What kind of organization.").Resolve(c => c.Source.Kind);
        Field<IntGraphType>("foundedYear").Description("Year founded.").Resolve(c => c.Source.FoundedYear);
        Field<StringGraphType>("hqCountry").Description("Headquarters country, ISO 3166-1 alpha-2.").Resolve(c => c.Source.HqCountry);
        Field<StringGraphType>("hqCity").Description("Headquarters city.").Resolve(c => c.Source.HqCity);
        Field<StringGraphType>("websiteUrl").Description("Official website.").Resolve(c => c.Source.WebsiteUrl);
        Field<StringGraphType>("logoUrl").Description("Logo image URL.").Resolve(c => c.Source.LogoUrl);
        Field<StringGraphType>("description").Description("A short description.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Bumped on every change.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products")
            .Description("Its products (on the market on the day looked at), by name.")
            .Resolve(c => c.AsOfLoader<ProductsByOrganizationLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelGraphType>>>>("models")
            .Description("Its models (released by the day looked at), newest first.")
            .Resolve(c => c.AsOfLoader<ModelsByOrganizationLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<FundingRoundConnectionGraphType>>("fundingRounds")
            .Description("Funding rounds it raised (announced by the day looked at), newest first.")
            .PagingArguments()
            .Resolve(c => FundingRoundsByOrganizationLoader.Page(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRoundGraphType>>>>("investments")
            .Description("Funding rounds of other organizations it invested in, newest first.")
            .Resolve(c => c.AsOfLoader<InvestmentsByInvestorLoader>().Load(c.Source.Id));
        Field<FloatGraphType>("totalFundingUsd")
            .Description("Sum of the disclosed USD amounts of its rounds (announced by the day looked at); null when none is disclosed.")
            .Resolve(c => AsOfDay.From(c).Day is null
                // Today's total is kept by a trigger on the row; a past day sums the rounds known then.
                ? (double?)c.Source.TotalFundingUsd
                : (object)FundingRoundsByOrganizationLoader.Rounds(c, c.Source.Id)
                    .Then(rounds => rounds!.Any(r => r.AmountUsd is not null) ? (double?)rounds!.Sum(r => r.AmountUsd ?? 0) : null));
        Field<FloatGraphType>("latestValuationUsd")
            .Description("Post-money valuation of the latest round that disclosed one (by the day looked at).")
            .Resolve(c => FundingRoundsByOrganizationLoader.Rounds(c, c.Source.Id)
                .Then(rounds => (double?)rounds!.FirstOrDefault(r => r.PostMoneyValuationUsd is not null)?.PostMoneyValuationUsd));
        Field<NonNullGraphType<History.ChangeConnectionGraphType>>("history")
            .Description("Every write to this entry, newest first.")
            .PagingArguments()
            .Resolve(c => History.ChangesByEntityLoader.Page(c, "Organization", c.Source.Id));
    }
}
