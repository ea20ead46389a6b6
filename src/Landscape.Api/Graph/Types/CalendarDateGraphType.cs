using GraphQL.Types;

namespace Landscape.Api.Graph.Types;

/// <summary>The contract's `Date` scalar: an ISO-8601 calendar day, "2022-11-30".</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day in ISO-8601 form, e.g. \"2022-11-30\".";
    }
}
