using GraphQL.Types;

namespace Landscape.Api.Graph.Stats;

public sealed class FundingBucketGraphType : ObjectGraphType<FundingBucket>
{
    public FundingBucketGraphType()
    {
        Name = "FundingBucket";
        Description = "One period of a funding series; periods with no round are included with zeros.";
        Field<NonNullGraphType<CalendarDateGraphType>>("periodStart").Description("First day of the period.").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<CalendarDateGraphType>>("periodEnd").Description("Last day of the period.").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<IntGraphType>>("roundCount").Description("Rounds announced in the period, undisclosed amounts included.")
            .Resolve(c => (int)c.Source.RoundCount);
        Field<NonNullGraphType<FloatGraphType>>("totalUsd").Description("Sum of the disclosed amounts in USD (undisclosed count as 0).")
            .Resolve(c => (double)c.Source.TotalUsd);
    }
}
