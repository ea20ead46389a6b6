using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class LineageRelationGraphType : EnumerationGraphType<LineageRelation>
{
    public LineageRelationGraphType() => Description = "How a model derives from another.";
}
