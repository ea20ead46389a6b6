namespace Landscape.Api.Graph.Models;

/// <summary>What a lineage loader walks: a direction and a depth limit (one loader per distinct walk).</summary>
public sealed record LineageWalk(LineageDirection Direction, int MaxDepth);
