using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

public sealed class ModelConnectionGraphType() : ConnectionGraphType<ModelGraphType, ModelEdgeGraphType, Model>("Model");
