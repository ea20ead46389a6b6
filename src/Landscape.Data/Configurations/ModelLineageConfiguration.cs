using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ModelLineageConfiguration : IEntityTypeConfiguration<ModelLineage>
{
    public void Configure(EntityTypeBuilder<ModelLineage> entity)
    {
        entity.ToTable("model_lineage", t =>
            t.HasCheckConstraint("ck_model_lineage_not_self", "model_id <> derived_from_id"));
        entity.HasKey(e => new { e.ModelId, e.DerivedFromId });
        entity.HasOne(e => e.Model).WithMany(m => m.DerivedFrom).HasForeignKey(e => e.ModelId);
        entity.HasOne(e => e.DerivedFrom).WithMany(m => m.Derivatives).HasForeignKey(e => e.DerivedFromId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.DerivedFromId);
        // An edge leaves reads when either model is archived (see QueryFilters).
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Model.ArchivedAt == null && e.DerivedFrom.ArchivedAt == null);
        entity.Property(e => e.Relation).HasEnumText(entity, "relation");
    }
}
