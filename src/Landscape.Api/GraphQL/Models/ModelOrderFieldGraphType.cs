using GraphQL.Types;

namespace Landscape.Api.GraphQL.Models;

public sealed class ModelOrderFieldGraphType : EnumerationGraphType<ModelOrderField>
{
    public ModelOrderFieldGraphType() => Description = "What to order models by (the id breaks ties).";
}
