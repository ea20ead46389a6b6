using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Common;

public sealed class LayerGraphType : EnumerationGraphType<Layer>
{
    public LayerGraphType() => Description = "The three layers of the AI industry chain.";
}
