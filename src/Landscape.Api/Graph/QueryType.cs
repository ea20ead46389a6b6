using GraphQL.Types;

namespace Landscape.Api.Graph;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Reads of the AI product landscape.";
        foreach (var feature in features)
        {
            feature.Register(this);
        }
    }
}
