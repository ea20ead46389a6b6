using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class UsageMetricConfiguration : IEntityTypeConfiguration<UsageMetric>
{
    public void Configure(EntityTypeBuilder<UsageMetric> entity)
    {
        entity.Property(e => e.Metric).HasEnumText(entity, "metric");
        entity.Property(e => e.Method).HasEnumText(entity, "method");
        entity.Property(e => e.Note).HasMaxLength(2000);
        entity.HasOne(e => e.Product).WithMany(p => p.UsageMetrics).HasForeignKey(e => e.ProductId);
        entity.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        // "Latest value as of a day" and histories read this index newest first.
        entity.HasIndex(e => new { e.ProductId, e.Metric, e.AsOf });
        entity.HasIndex(e => new { e.ProductId, e.Metric, e.AsOf, e.SourceId }).IsUnique();
        entity.HasIndex(e => e.SourceId);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_usage_metrics_value", "value >= 0");
            t.HasCheckConstraint("ck_usage_metrics_period", "period_start IS NULL OR period_end IS NULL OR period_end >= period_start");
        });
        // A figure of an archived product leaves reads with it (see QueryFilters).
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Product.ArchivedAt == null);
        entity.HasEditableColumns();
    }
}
