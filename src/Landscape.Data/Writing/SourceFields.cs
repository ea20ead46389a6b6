namespace Landscape.Data.Writing;

/// <summary>
/// A source a fact cites. By URL alone it names a listed source (a seed file's `source:`); with
/// a title it adds the page when the catalog does not have it yet (a mutation's inline source).
/// </summary>
public record SourceFields
{
    public Optional<string?> Url { get; init; }
    public Optional<string?> Title { get; init; }
    public Optional<string?> Publisher { get; init; }
    public Optional<DateOnly?> PublishedOn { get; init; }
    public Optional<DateOnly?> RetrievedOn { get; init; }
}
