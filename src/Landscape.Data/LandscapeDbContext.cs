using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Data;

public sealed class LandscapeDbContext(DbContextOptions<LandscapeDbContext> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();
    public DbSet<ProductModel> ProductModels => Set<ProductModel>();
    public DbSet<Model> Models => Set<Model>();
    public DbSet<ModelLineage> ModelLineage => Set<ModelLineage>();
    public DbSet<FundingRound> FundingRounds => Set<FundingRound>();
    public DbSet<FundingRoundInvestor> FundingRoundInvestors => Set<FundingRoundInvestor>();
    public DbSet<UsageMetric> UsageMetrics => Set<UsageMetric>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Change> Changes => Set<Change>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LandscapeDbContext).Assembly);
    }

    /// <summary>
    /// Who is writing (e.g. "key:alice"). While set, every save also records each created,
    /// changed, archived or removed entry in `changes`, before and after, in the same transaction.
    /// </summary>
    public string? AuditActor { get; set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        if (AuditActor is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var audited = ChangeTracker.Entries<IEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Action: ActionOf(e), Before: e.State == EntityState.Added ? null : ChangeSnapshot.Of(e, original: true)))
            .ToList();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (audited.Count > 0)
        {
            var now = DateTimeOffset.UtcNow;
            Changes.AddRange(audited.Select(a => new Change
            {
                At = now,
                Actor = AuditActor,
                EntityType = a.Entry.Entity.GetType().Name,
                EntityId = a.Entry.Entity.Id,
                Action = a.Action,
                Before = a.Before,
                After = a.Action == ChangeAction.Delete ? null : ChangeSnapshot.Of(a.Entry, original: false),
            }));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        return written;
    }

    private static ChangeAction ActionOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IEntity> entry) => entry.State switch
    {
        EntityState.Added => ChangeAction.Create,
        EntityState.Deleted => ChangeAction.Delete,
        _ when entry.Metadata.FindProperty("ArchivedAt") is { } archived
               && entry.Property(archived.Name).OriginalValue is null && entry.Property(archived.Name).CurrentValue is not null => ChangeAction.Archive,
        _ => ChangeAction.Update,
    };

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // Every save of an editable entity bumps its version; the UPDATE checks the version it
    // was read at (a concurrency token), so a stale writer fails instead of overwriting.
    private void StampVersions()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    break;
                case EntityState.Modified:
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    entry.Entity.UpdatedAt = now;
                    break;
            }
        }
    }
}
