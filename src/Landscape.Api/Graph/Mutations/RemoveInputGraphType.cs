using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

/// <summary>`Remove<Entity>Input`: which fact to remove, at which version.</summary>
public abstract class RemoveInputGraphType : RecordInputGraphType<RemoveInput>
{
    protected RemoveInputGraphType(string entity)
    {
        Name = $"Remove{entity}Input";
        Description = "Which fact to remove (its history stays).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The fact's global id.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read.");
    }
}
