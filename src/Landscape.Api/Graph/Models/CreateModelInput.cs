using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Models;

public sealed record CreateModelInput : ModelFields;
