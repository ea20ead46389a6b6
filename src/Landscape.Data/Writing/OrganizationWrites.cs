using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class OrganizationWrites
{
    public static async Task ApplyAsync(this Organization organization, OrganizationFields fields, WriteContext write)
    {
        var founded = organization.FoundedYear;
        organization.Slug = fields.Slug.Or(organization.Slug) ?? "";
        organization.Name = fields.Name.Or(organization.Name) ?? "";
        organization.Kind = fields.Kind.Or(organization.Kind);
        organization.FoundedYear = fields.FoundedYear.Or(organization.FoundedYear);
        organization.HqCountry = fields.HqCountry.Or(organization.HqCountry);
        organization.HqCity = fields.HqCity.Or(organization.HqCity);
        organization.WebsiteUrl = fields.WebsiteUrl.Or(organization.WebsiteUrl);
        organization.LogoUrl = fields.LogoUrl.Or(organization.LogoUrl);
        organization.Description = fields.Description.Or(organization.Description);
        write.Validate(write.Validators.Organization, organization);
        if (organization.Id == 0)
        {
            await CatalogRules.UniqueAsync(write, organization);
        }
        else if (organization.FoundedYear > founded || (founded is null && organization.FoundedYear is not null))
        {
            await CatalogRules.FoundingNotAfterFactsAsync(write, organization);
        }
    }
}
