using GraphQL.Types;

namespace Landscape.Api.Graph.Pipeline;

/// <summary>A feature's root query fields; each feature folder adds its own to the one Query type.</summary>
public interface IQueryFields
{
    void Register(ObjectGraphType query);
}
