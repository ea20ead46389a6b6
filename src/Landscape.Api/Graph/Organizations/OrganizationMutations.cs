using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Entities;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<OrganizationGraphType, CreateOrganizationInputGraphType, CreateOrganizationInput>("createOrganization", "organization",
            "Adds an organization.", ApiKeyRole.Analyst, CreateAsync);
        mutation.AddMutation<OrganizationGraphType, UpdateOrganizationInputGraphType, UpdateOrganizationInput>("updateOrganization", "organization",
            "Changes an organization; `expectedVersion` guards against lost updates.", ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<OrganizationGraphType, ArchiveOrganizationInputGraphType, ArchiveInput>("archiveOrganization", "organization",
            "Archives an organization (it leaves every read; its history stays).", ApiKeyRole.Analyst, MutationFields.ArchiveAsync<Organization>);
    }

    private static async Task<object?> CreateAsync(CreateOrganizationInput input, MutationWrite m)
    {
        var organization = new Organization { Slug = "", Name = "" };
        await organization.ApplyAsync(input, m.Write);
        if (m.Write.HasProblems)
        {
            return null;
        }
        m.Db.Organizations.Add(organization);
        return organization;
    }

    private static async Task<object?> UpdateAsync(UpdateOrganizationInput input, MutationWrite m)
    {
        if (await m.Write.FindAsync<Organization>(input.Id, [nameof(UpdateOrganizationInput.Id)]) is not { } organization)
        {
            return null;
        }
        m.Write.ExpectVersion(organization, input.ExpectedVersion);
        await organization.ApplyAsync(input, m.Write);
        return m.Write.HasProblems ? null : organization;
    }
}
