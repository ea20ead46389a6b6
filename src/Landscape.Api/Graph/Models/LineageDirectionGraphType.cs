using GraphQL.Types;

namespace Landscape.Api.Graph.Models;

public sealed class LineageDirectionGraphType : EnumerationGraphType<LineageDirection>
{
    public LineageDirectionGraphType() => Description = "Walk the family tree towards the models a model derives from, or towards those derived from it.";
}
