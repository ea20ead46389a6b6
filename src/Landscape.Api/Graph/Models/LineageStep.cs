using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

/// <summary>A model reached by walking the family tree, how far away it is and over which edge.</summary>
public sealed record LineageStep(Model Model, int Depth, LineageRelation Relation, int ViaId);
