using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Taxonomy;

public sealed record CreateCategoryInput : CategoryFields;
