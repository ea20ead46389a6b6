using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

/// <summary>`Archive<Entity>Input`: which entry to archive, at which version.</summary>
public abstract class ArchiveInputGraphType : RecordInputGraphType<ArchiveInput>
{
    protected ArchiveInputGraphType(string entity)
    {
        Name = $"Archive{entity}Input";
        Description = "Which entry to archive (it disappears from reads; its history stays).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
    }
}
