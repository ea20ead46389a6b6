using Landscape.Data.Entities;
using Landscape.Data.Validation;

namespace Landscape.Data.Writing;

public static class OrganizationWrites
{
    public static async Task ApplyAsync(this Organization organization, OrganizationFields fields, WriteContext write)
    {
        var founded = organization.FoundedYear;
        FieldCopy.Apply(fields, organization);
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
