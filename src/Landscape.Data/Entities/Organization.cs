namespace Landscape.Data.Entities;

public sealed class Organization : IEntity, IVersioned, IArchivable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }
    public int? FoundedYear { get; set; }
    public string? HqCountry { get; set; }
    public string? HqCity { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? Description { get; set; }
    public string? LogoUrl { get; set; }
    /// <summary>
    /// Sum of the disclosed USD amounts of all its rounds (null when none is disclosed), kept by
    /// database triggers so the common "today" read needs no aggregate. Read-only here.
    /// </summary>
    public decimal? TotalFundingUsd { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
    public List<Product> Products { get => field ??= []; set; }
    public List<Model> Models { get => field ??= []; set; }
    public List<FundingRound> FundingRounds { get => field ??= []; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
