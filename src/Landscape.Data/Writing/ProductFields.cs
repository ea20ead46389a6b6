using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>
/// A product's editable fields. <see cref="Organization"/> and <see cref="BuiltOn"/> name entries
/// as the way in names them (global ids in the API, slugs in seed files); categories by slug.
/// Lists replace the current ones.
/// </summary>
public record ProductFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<Layer> Layer { get; init; }
    public Optional<string?> Organization { get; init; }
    public Optional<IReadOnlyList<string>> Categories { get; init; }
    public Optional<IReadOnlyList<string>> BuiltOn { get; init; }
    public Optional<DateOnly?> LaunchedOn { get; init; }
    public Optional<DateOnly?> DiscontinuedOn { get; init; }
    public Optional<ProductStatus> Status { get; init; }
    public Optional<string?> HomepageUrl { get; init; }
    public Optional<string?> LogoUrl { get; init; }
    public Optional<bool> OpenSource { get; init; }
    public Optional<string?> Description { get; init; }
}
