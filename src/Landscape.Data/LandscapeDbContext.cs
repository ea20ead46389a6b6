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

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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
