using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> entity)
    {
        entity.HasSlug(e => e.Slug);
        entity.Property(e => e.Name).HasMaxLength(200);
        entity.Property(e => e.Layer).HasEnumText(entity, "layer");
        entity.Property(e => e.Status).HasEnumText(entity, "status");
        entity.Property(e => e.HomepageUrl).HasMaxLength(2048);
        entity.Property(e => e.LogoUrl).HasMaxLength(2048);
        entity.Property(e => e.Description).HasMaxLength(4000);
        entity.HasOne(e => e.Organization).WithMany(o => o.Products).HasForeignKey(e => e.OrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasGeneratedTsVectorColumn(e => e.SearchVector, "english", e => new { e.Name, e.Description })
            .HasIndex(e => e.SearchVector).HasMethod("GIN");
        entity.HasTrigramIndex(e => e.Name);
        entity.HasIndex(e => new { e.Layer, e.Name, e.Id });
        entity.HasIndex(e => e.LaunchedOn);
        // The map's products in name order, with every column its compact shape reads: an index-only
        // scan instead of a pass over the wide rows, and rows that reach the sort already ordered.
        entity.HasIndex(e => new { e.Name, e.Id })
            .IncludeProperties(e => new { e.Slug, e.OrganizationId, e.Layer, e.LaunchedOn, e.DiscontinuedOn })
            .HasFilter("archived_at IS NULL");
        entity.HasIndex(e => e.UpdatedAt);
        entity.Property(e => e.OrganizationFundingUsd).HasPrecision(20, 2).HasDefaultValue(0m).IsMaintainedByDatabase();
        entity.Property(e => e.LatestMau).IsMaintainedByDatabase();
        // Keyset pages (of a layer) ordered by funding walk these indexes instead of sorting every product.
        entity.HasIndex(e => new { e.Layer, e.OrganizationFundingUsd, e.Id });
        entity.HasIndex(e => new { e.OrganizationFundingUsd, e.Id });
        entity.ToTable(t => t.HasCheckConstraint(
            "ck_products_discontinued_after_launch", "discontinued_on IS NULL OR launched_on IS NULL OR discontinued_on >= launched_on"));
        // Archived entries leave every read; the seed loader and history still see them (IgnoreQueryFilters).
        entity.HasQueryFilter(e => e.ArchivedAt == null);
        entity.HasEditableColumns();
    }
}
