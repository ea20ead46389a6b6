using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Types;

public sealed class MeasurementMethodGraphType : EnumerationGraphType<MeasurementMethod>
{
    public MeasurementMethodGraphType() => Description = "Who measured a usage figure.";
}
