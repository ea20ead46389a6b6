using System.ComponentModel;
using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>An organization's editable fields.</summary>
public record OrganizationFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<OrganizationKind> Kind { get; init; }
    [Description("Year founded (1800 to this year).")]
    public Optional<int?> FoundedYear { get; init; }
    [Description("Headquarters country, ISO 3166-1 alpha-2 in capitals.")]
    public Optional<string?> HqCountry { get; init; }
    [Description("Headquarters city.")]
    public Optional<string?> HqCity { get; init; }
    [Description("Official website (http or https).")]
    public Optional<string?> WebsiteUrl { get; init; }
    [Description("Logo image URL (http or https).")]
    public Optional<string?> LogoUrl { get; init; }
    [Description("A short description.")]
    public Optional<string?> Description { get; init; }
}
