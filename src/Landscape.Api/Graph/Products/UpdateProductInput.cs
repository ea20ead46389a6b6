using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Products;

public sealed record UpdateProductInput : ProductFields
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
    public bool AllowSimilarName { get; init; }
}
