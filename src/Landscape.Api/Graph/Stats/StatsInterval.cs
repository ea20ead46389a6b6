namespace Landscape.Api.Graph.Stats;

/// <summary>The width of a time bucket; the names are PostgreSQL's date_trunc units.</summary>
public enum StatsInterval { Month, Quarter, Year }
