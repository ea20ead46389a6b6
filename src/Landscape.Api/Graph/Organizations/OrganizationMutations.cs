using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Api.Graph.Products;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Graph.Organizations;

public sealed class OrganizationMutations : IMutationFields
{
    public void Register(ObjectGraphType mutation)
    {
        mutation.AddMutation<OrganizationGraphType, CreateOrganizationInputGraphType>("createOrganization", "organization", "Adds an organization.",
            ApiKeyRole.Analyst, CreateAsync);
        mutation.AddMutation<OrganizationGraphType, UpdateOrganizationInputGraphType>("updateOrganization", "organization", "Changes an organization; `expectedVersion` guards against lost updates.",
            ApiKeyRole.Analyst, UpdateAsync);
        mutation.AddMutation<OrganizationGraphType, ArchiveOrganizationInputGraphType>("archiveOrganization", "organization", "Archives an organization (it leaves every read; its history stays).",
            ApiKeyRole.Analyst, s => s.ArchiveAsync(s.Db.Organizations, "Organization"));
    }

    private static async Task<object?> CreateAsync(WriteSession session)
    {
        var input = session.Input;
        var organization = new Organization { Slug = input.Get<string>("slug") ?? "", Name = input.Get<string>("name") ?? "" };
        Apply(session, organization, input);
        if (await session.Db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Slug == organization.Slug))
        {
            session.Error(input.PathTo("slug"), ErrorCodes.Duplicate, $"An organization with slug '{organization.Slug}' exists already.");
        }
        if (session.HasErrors)
        {
            return null;
        }
        session.Db.Organizations.Add(organization);
        return organization;
    }

    private static async Task<object?> UpdateAsync(WriteSession session)
    {
        var input = session.Input;
        var organization = await session.FindAsync(session.Db.Organizations, input.Get<string>("id"), "Organization", input.PathTo("id"));
        if (organization is null)
        {
            return null;
        }
        session.ExpectVersion(organization, input);
        Apply(session, organization, input);
        if (input.Has("foundedYear") && organization.FoundedYear is { } founded)
        {
            // Moving the founding later must not strand its existing facts before it.
            var earliest = await session.Db.Products.Where(p => p.OrganizationId == organization.Id && p.LaunchedOn != null)
                .MinAsync(p => p.LaunchedOn);
            if (earliest is { } day && day.Year < founded)
            {
                session.Error(input.PathTo("foundedYear"), ErrorCodes.BeforeFounding, $"One of its products launched in {day.Year}, before {founded}.");
            }
        }
        return session.HasErrors ? null : organization;
    }

    private static void Apply(WriteSession session, Organization organization, MutationInput input)
    {
        if (input.Has("name")) organization.Name = input.Get<string>("name") ?? "";
        if (input.Has("kind")) organization.Kind = input.Get<OrganizationKind?>("kind") ?? organization.Kind;
        if (input.Has("foundedYear")) organization.FoundedYear = input.Get<int?>("foundedYear");
        if (input.Has("hqCountry")) organization.HqCountry = input.Get<string>("hqCountry");
        if (input.Has("hqCity")) organization.HqCity = input.Get<string>("hqCity");
        if (input.Has("websiteUrl")) organization.WebsiteUrl = input.Get<string>("websiteUrl");
        if (input.Has("logoUrl")) organization.LogoUrl = input.Get<string>("logoUrl");
        if (input.Has("description")) organization.Description = input.Get<string>("description");
        session.Validate(session.Validators.Organization, new OrganizationFields(organization.Slug, organization.Name, organization.Kind,
            organization.FoundedYear, organization.HqCountry, organization.HqCity, organization.WebsiteUrl, organization.LogoUrl,
            organization.Description), input);
    }
}
