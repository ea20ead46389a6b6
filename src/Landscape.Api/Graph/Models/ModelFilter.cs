using Landscape.Data.Entities;

namespace Landscape.Api.Graph.Models;

public sealed class ModelFilter
{
    public string? OrganizationSlug { get; set; }
    public Modality? Modality { get; set; }
    public bool? OpenWeights { get; set; }
    public DateOnly? ReleasedAfter { get; set; }
    public DateOnly? ReleasedBefore { get; set; }
    public string? Search { get; set; }
}
