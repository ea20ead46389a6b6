namespace Landscape.Data;

/// <summary>
/// Archived entries (organizations, models, products) leave every read through their own query
/// filter. The facts and links that belong to them — usage figures, funding rounds and their
/// investors, placements, built-on links, lineage edges — leave with them through a filter of
/// this name, the same condition read through the navigation (EF Core otherwise reads the fact
/// and finds its entry missing). A query that already joins the live entries may drop the
/// repeated join with <c>IgnoreQueryFilters([QueryFilters.OfArchivedEntries])</c>; anything that
/// must see everything (the seed loader, the exporter) ignores all filters.
/// </summary>
public static class QueryFilters
{
    public const string OfArchivedEntries = nameof(OfArchivedEntries);
}
