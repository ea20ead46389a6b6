using System.ComponentModel;
using Landscape.Data.Entities;

namespace Landscape.Data.Writing;

/// <summary>A category's editable fields; <see cref="Parent"/> names a category of the same layer by slug.</summary>
public record CategoryFields
{
    public Optional<string?> Slug { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<Layer> Layer { get; init; }
    public Optional<string?> Parent { get; init; }
    [Description("What belongs here.")]
    public Optional<string?> Description { get; init; }
    [Description("Position within the layer (default: last).")]
    public Optional<int?> SortOrder { get; init; }
}
