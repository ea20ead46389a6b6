using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>An organization's editable fields.</summary>
public record OrganizationFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<OrganizationKind> Kind { get; init; }
    public Optional<int?> FoundedYear { get; init; }
    public Optional<string?> HqCountry { get; init; }
    public Optional<string?> HqCity { get; init; }
    public Optional<string?> WebsiteUrl { get; init; }
    public Optional<string?> LogoUrl { get; init; }
    public Optional<string?> Description { get; init; }
}
