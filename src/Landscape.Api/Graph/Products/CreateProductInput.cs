using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Products;

public sealed record CreateProductInput : ProductFields
{
    public bool AllowSimilarName { get; init; }
}
