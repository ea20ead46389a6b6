using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

/// <summary>A feature's mutations; each feature folder adds its own to the one Mutation type.</summary>
public interface IMutationFields
{
    void Register(ObjectGraphType mutation);
}
