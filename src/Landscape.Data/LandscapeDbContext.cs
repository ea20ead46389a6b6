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
    /// Who is writing, while a <see cref="Writing.WriteTransaction"/> runs: its saves are recorded in
    /// `changes` by the <see cref="Writing.HistoryInterceptor"/>. Null (seeding) records no history.
    /// </summary>
    public string? Actor { get; internal set; }
}
