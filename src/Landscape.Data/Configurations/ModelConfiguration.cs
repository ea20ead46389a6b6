using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ModelConfiguration : IEntityTypeConfiguration<Model>
{
    public void Configure(EntityTypeBuilder<Model> entity)
    {
        entity.HasSlug(e => e.Slug);
        entity.Property(e => e.Name).HasMaxLength(200);
        entity.Property(e => e.Modality).HasEnumText(entity, "modality");
        entity.Property(e => e.License).HasMaxLength(200);
        entity.Property(e => e.Description).HasMaxLength(4000);
        entity.Property(e => e.TrainingGpuType).HasMaxLength(100);
        entity.Property(e => e.TrainingDays).HasPrecision(10, 2);
        entity.Property(e => e.TrainingCostUsd).HasPrecision(20, 2);
        entity.HasOne(e => e.Organization).WithMany(o => o.Models).HasForeignKey(e => e.OrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        entity.HasTrigramIndex(e => e.Name);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_models_parameters", "parameters IS NULL OR parameters > 0");
            t.HasCheckConstraint("ck_models_training_tokens", "training_tokens IS NULL OR training_tokens > 0");
            t.HasCheckConstraint("ck_models_context_window", "context_window IS NULL OR context_window > 0");
            t.HasCheckConstraint("ck_models_training_gpus", "training_gpus IS NULL OR training_gpus > 0");
            t.HasCheckConstraint("ck_models_training_days", "training_days IS NULL OR training_days > 0");
            t.HasCheckConstraint("ck_models_training_cost_usd", "training_cost_usd IS NULL OR training_cost_usd >= 0");
        });
        // Archived entries leave every read; the seed loader and history still see them (IgnoreQueryFilters).
        entity.HasQueryFilter(e => e.ArchivedAt == null);
        entity.HasEditableColumns();
    }
}
