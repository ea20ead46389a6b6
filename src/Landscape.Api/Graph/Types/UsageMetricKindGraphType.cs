using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class UsageMetricKindGraphType : EnumerationGraphType<UsageMetricKind>
{
    public UsageMetricKindGraphType()
    {
        Description = "What a usage figure counts.";
    }
}
