using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class StatsIntervalGraphType : EnumerationGraphType<StatsInterval>
{
    public StatsIntervalGraphType()
    {
        Name = "StatsInterval";
        Description = "The width of a time bucket of a series.";
    }
}
