namespace Landscape.Data.Entities;

public sealed class Category : IEntity, IVersioned
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public Layer Layer { get; set; }
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public List<ProductCategory> Products { get => field ??= []; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
