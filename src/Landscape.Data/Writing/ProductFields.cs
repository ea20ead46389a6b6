using System.ComponentModel;
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
    [Description("When it launched (not in the future, not before its organization was founded).")]
    public Optional<DateOnly?> LaunchedOn { get; init; }
    public Optional<SourceFields?> LaunchSource { get; init; }
    [Description("When it was discontinued.")]
    public Optional<DateOnly?> DiscontinuedOn { get; init; }
    [Description("ACTIVE by default.")]
    public Optional<ProductStatus> Status { get; init; }
    [Description("Official page (http or https).")]
    public Optional<string?> HomepageUrl { get; init; }
    [Description("Logo image URL (http or https).")]
    public Optional<string?> LogoUrl { get; init; }
    [Description("Whether its source is open.")]
    public Optional<bool> OpenSource { get; init; }
    [Description("A short description.")]
    public Optional<string?> Description { get; init; }
}
