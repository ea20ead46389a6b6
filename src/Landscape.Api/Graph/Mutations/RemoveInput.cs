namespace Landscape.Api.Graph.Mutations;

/// <summary>Which fact to remove, at the version the caller read.</summary>
public sealed record RemoveInput
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
