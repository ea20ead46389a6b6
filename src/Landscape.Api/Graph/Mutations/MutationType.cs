using GraphQL.Types;

namespace Landscape.Api.Graph.Mutations;

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Writes: each needs an API key (Authorization: Bearer <key> or X-Api-Key), is validated whole, and is recorded in the history.";
        foreach (var feature in features.OrderBy(f => f.GetType().Name, StringComparer.Ordinal))
        {
            feature.Register(this);
        }
    }
}
