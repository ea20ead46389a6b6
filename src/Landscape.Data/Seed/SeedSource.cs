using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

public sealed class SeedSource : SeedEntry
{
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? PublishedOn { get; set; }
    public string? RetrievedOn { get; set; }
    public string? Grade { get; set; }

    public SourceFields ToFields(SeedValues values) => values.Map<SourceFields>(this);
}
