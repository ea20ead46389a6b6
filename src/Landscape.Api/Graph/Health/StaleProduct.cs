namespace Landscape.Api.Graph.Health;

/// <summary>One of the largest products whose latest usage fact is over a year older than the catalog's newest one.</summary>
public sealed record StaleProduct(string Slug, string Name, DateOnly? LatestUsageAsOf);
