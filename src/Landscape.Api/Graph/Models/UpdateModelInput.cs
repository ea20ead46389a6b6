using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Models;

public sealed record UpdateModelInput : ModelFields
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
