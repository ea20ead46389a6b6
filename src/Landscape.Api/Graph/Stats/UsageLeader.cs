using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Stats;

/// <summary>A product's latest figure of a metric and its place among the others.</summary>
public sealed record UsageLeader(int Rank, UsageMetric Usage);
