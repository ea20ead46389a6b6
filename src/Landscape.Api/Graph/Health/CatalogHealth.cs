namespace Landscape.Api.Graph.Health;

/// <summary>The numbers an editor watches: how well the catalog's facts are sourced and how fresh its largest products are.</summary>
public sealed record CatalogHealth(
    IReadOnlyList<GradeCount> SourcesByGrade,
    IReadOnlyList<GradeCount> FactsByGrade,
    int LaunchesWithoutSource,
    int ReleasesWithoutSource,
    int LineageEdgesWithoutSource,
    DateOnly? NewestUsageFact,
    IReadOnlyList<StaleProduct> StaleProducts);
