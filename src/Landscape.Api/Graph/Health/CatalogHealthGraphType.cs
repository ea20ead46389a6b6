using GraphQL.Types;

namespace Landscape.Api.Graph.Health;

public sealed class CatalogHealthGraphType : ObjectGraphType<CatalogHealth>
{
    public CatalogHealthGraphType()
    {
        Name = "CatalogHealth";
        Description = "How well the catalog is sourced and how fresh it is: the numbers an editor watches.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeCountGraphType>>>>("sourcesByGrade")
            .Description("Sources per grade.").Resolve(c => c.Source.SourcesByGrade);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeCountGraphType>>>>("factsByGrade")
            .Description("Funding rounds and usage facts per grade of the source they cite.").Resolve(c => c.Source.FactsByGrade);
        Field<NonNullGraphType<IntGraphType>>("launchesWithoutSource")
            .Description("Products with a launch date but no page that dates it.").Resolve(c => c.Source.LaunchesWithoutSource);
        Field<NonNullGraphType<IntGraphType>>("releasesWithoutSource")
            .Description("Models with a release date but no source.").Resolve(c => c.Source.ReleasesWithoutSource);
        Field<NonNullGraphType<IntGraphType>>("lineageEdgesWithoutSource")
            .Description("Lineage edges that cite no paper or model card.").Resolve(c => c.Source.LineageEdgesWithoutSource);
        Field<CalendarDateGraphType>("newestUsageFact").Description("The day of the newest usage fact in the catalog.")
            .Resolve(c => c.Source.NewestUsageFact);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaleProductGraphType>>>>("staleProducts")
            .Description($"Of the {HealthQueries.LargestProducts} largest products by funding or by monthly users, those whose latest usage fact is more than a year older than the newest one (or that have none), oldest first.")
            .Resolve(c => c.Source.StaleProducts);
    }
}
