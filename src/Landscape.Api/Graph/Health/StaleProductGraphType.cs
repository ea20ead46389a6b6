using GraphQL.Types;

namespace Landscape.Api.Graph.Health;

public sealed class StaleProductGraphType : ObjectGraphType<StaleProduct>
{
    public StaleProductGraphType()
    {
        Name = "StaleProduct";
        Description = "A large product whose usage figures have not been brought up to date.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("The product's slug.").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The product's name.").Resolve(c => c.Source.Name);
        Field<CalendarDateGraphType>("latestUsageAsOf").Description("The day of its latest usage fact; null when it has none.")
            .Resolve(c => c.Source.LatestUsageAsOf);
    }
}
