namespace Landscape.Api.Graph.Stats;

/// <summary>What funding is broken down by.</summary>
public enum FundingGroupBy { Layer, Category, Country, RoundType, Year }
