using GraphQL.Types;

namespace Landscape.Api.Graph.Models;

public sealed class ModelOrderFieldGraphType : EnumerationGraphType<ModelOrderField>
{
    public ModelOrderFieldGraphType() => Description = "What to order models by (the id breaks ties).";
}
