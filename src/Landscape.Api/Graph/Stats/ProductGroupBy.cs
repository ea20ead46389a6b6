namespace Landscape.Api.Graph.Stats;

/// <summary>What product counts are broken down by.</summary>
public enum ProductGroupBy { Layer, Category, Country, LaunchYear }
