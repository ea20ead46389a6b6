using GraphQL.Types;

namespace Landscape.Api.Graph.Models;

public sealed class ModelOrderGraphType : InputObjectGraphType<ModelOrder>
{
    public ModelOrderGraphType()
    {
        Name = "ModelOrder";
        Description = "An ordering of models.";
        Field<NonNullGraphType<ModelOrderFieldGraphType>>("field").Description("What to order by.");
        Field<NonNullGraphType<OrderDirectionGraphType>>("direction").Description("ASC or DESC.").DefaultValue(OrderDirection.Asc);
    }
}
