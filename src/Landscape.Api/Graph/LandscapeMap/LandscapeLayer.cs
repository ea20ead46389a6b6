using Landscape.Data.Entities;

namespace Landscape.Api.Graph.LandscapeMap;

/// <summary>One layer of the map with its categories.</summary>
public sealed record LandscapeLayer(Layer Layer, IReadOnlyList<LandscapeCategory> Categories);
