using GraphQL.Types;
using Landscape.Api.Graph.Mutations;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Organizations;

public sealed class CreateOrganizationInputGraphType : RecordInputGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputGraphType()
    {
        Name = "CreateOrganizationInput";
        Description = "A new organization.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Stable, URL-safe name.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.");
        Field<NonNullGraphType<OrganizationKindGraphType>>("kind").Description("What kind of organization.");
        OrganizationInputFields.Add(this);
    }
}

public sealed class UpdateOrganizationInputGraphType : RecordInputGraphType<UpdateOrganizationInput>
{
    public UpdateOrganizationInputGraphType()
    {
        Name = "UpdateOrganizationInput";
        Description = "Changes to an organization: only the fields given change; an explicit null clears a field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organization's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read; a different current version is a CONFLICT.");
        Field<StringGraphType>("name").Description("Display name.");
        Field<OrganizationKindGraphType>("kind").Description("What kind of organization.");
        OrganizationInputFields.Add(this);
    }
}

internal static class OrganizationInputFields
{
    public static void Add<T>(InputObjectGraphType<T> input) where T : OrganizationFields
    {
        input.AddPlainFields();
    }
}

public sealed class ArchiveOrganizationInputGraphType() : ArchiveInputGraphType("Organization");
