using GraphQL.Types;
using Landscape.Api.GraphQL.Common;
using Landscape.Api.GraphQL.Funding;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Organizations;

public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public OrganizationGraphType()
    {
        Name = "Organization";
        Description = "A company, lab, big-tech firm, investor or community behind products and models.";
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
        Field<NonNullGraphType<FundingRoundConnectionGraphType>>("fundingRounds")
            .Description("Funding rounds this organization raised, newest first.")
            .PagingArguments()
            .Resolve(c => FundingRoundsByOrganizationLoader.Page(c, c.Source.Id));
        Field<FloatGraphType>("totalFundingUsd")
            .Description("Sum of the disclosed USD amounts of its funding rounds; null when none is disclosed.")
            .Resolve(c => FundingRoundsByOrganizationLoader.Rounds(c, c.Source.Id)
                .Then(rounds => rounds!.Any(r => r.AmountUsd is not null) ? (double?)rounds!.Sum(r => r.AmountUsd ?? 0) : null));
        Field<FloatGraphType>("latestValuationUsd")
            .Description("Post-money valuation of the latest round that disclosed one.")
            .Resolve(c => FundingRoundsByOrganizationLoader.Rounds(c, c.Source.Id)
                .Then(rounds => (double?)rounds!.FirstOrDefault(r => r.PostMoneyValuationUsd is not null)?.PostMoneyValuationUsd));
    }
}
