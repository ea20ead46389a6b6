using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> entity)
    {
        entity.HasKey(e => new { e.ProductId, e.CategoryId });
        entity.HasOne(e => e.Product).WithMany(p => p.Categories).HasForeignKey(e => e.ProductId);
        entity.HasOne(e => e.Category).WithMany(c => c.Products).HasForeignKey(e => e.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.CategoryId);
        // An archived product's placements leave reads with it (see QueryFilters).
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Product.ArchivedAt == null);
    }
}
