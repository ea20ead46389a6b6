using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class LayerGraphType : EnumerationGraphType<Layer>
{
    public LayerGraphType() => Description = "The three layers of the AI industry chain.";
}
