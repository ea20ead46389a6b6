namespace Landscape.Data.Entities;

public sealed class ApiKey : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ApiKeyRole Role { get; set; }

    /// <summary>SHA-256 of the key; the key itself is shown once and never stored.</summary>
    public required byte[] KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
