using GraphQL.Types;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Common;

public sealed class MeasurementMethodGraphType : EnumerationGraphType<MeasurementMethod>
{
    public MeasurementMethodGraphType() => Description = "Who measured a usage figure.";
}
