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

    private static Task<object?> CreateAsync(CreateOrganizationInput input, MutationWrite m) =>
        MutationFields.CreateAsync(new Organization { Slug = "", Name = "" }, m, organization => organization.ApplyAsync(input, m.Write));

    private static Task<object?> UpdateAsync(UpdateOrganizationInput input, MutationWrite m) =>
        MutationFields.UpdateAsync<Organization>(input.Id, input.ExpectedVersion, m, organization => organization.ApplyAsync(input, m.Write));
}
