using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

public sealed class ModelEdgeGraphType() : EdgeGraphType<ModelGraphType, Model>("Model");
