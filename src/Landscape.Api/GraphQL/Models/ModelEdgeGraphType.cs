using Landscape.Api.GraphQL.Common;
using Landscape.Data.Entities;

namespace Landscape.Api.GraphQL.Models;

public sealed class ModelEdgeGraphType() : EdgeGraphType<ModelGraphType, Model>("Model");
