using GraphQL.Types;
using Landscape.Api.GraphQL.Common;

namespace Landscape.Api.GraphQL;

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
