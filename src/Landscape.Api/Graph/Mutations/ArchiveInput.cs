namespace Landscape.Api.Graph.Mutations;

/// <summary>Which entry to archive, at the version the caller read.</summary>
public sealed record ArchiveInput
{
    public string Id { get; init; } = "";
    public int ExpectedVersion { get; init; }
}
