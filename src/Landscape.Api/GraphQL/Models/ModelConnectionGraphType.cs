using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Models;

public sealed class ModelConnectionGraphType() : ConnectionGraphType<ModelGraphType, ModelEdgeGraphType, Model>("Model");
