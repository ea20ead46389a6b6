namespace Landscape.Data.Entities;

public sealed class Source : IEntity
{
    public int Id { get; set; }
    public required string Url { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? RetrievedOn { get; set; }
    public SourceGrade? Grade { get; set; }
}
