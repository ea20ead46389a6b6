using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

public sealed class LineageStepGraphType : ObjectGraphType<LineageStep>
{
    public LineageStepGraphType()
    {
        Name = "LineageStep";
        Description = "A model reached by walking the family tree.";
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model reached.").Resolve(c => c.Source.Model);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("How many edges away it is (1: a direct parent or child).")
            .Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<LineageRelationGraphType>>("relation").Description("The kind of the edge that reached it.")
            .Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ModelGraphType>>("via").Description("The model one step closer to where the walk started.")
            .Resolve(c => c.Loader<EntityByIdLoader<Model>>().Load(c.Source.ViaId));
    }
}
