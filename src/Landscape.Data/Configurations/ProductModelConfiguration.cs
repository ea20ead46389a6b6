using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ProductModelConfiguration : IEntityTypeConfiguration<ProductModel>
{
    public void Configure(EntityTypeBuilder<ProductModel> entity)
    {
        entity.HasKey(e => new { e.ProductId, e.ModelId });
        entity.HasOne(e => e.Product).WithMany(p => p.Models).HasForeignKey(e => e.ProductId);
        entity.HasOne(e => e.Model).WithMany(m => m.Products).HasForeignKey(e => e.ModelId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.ModelId);
        // The link leaves reads when the product or the model is archived (see QueryFilters).
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Product.ArchivedAt == null && e.Model.ArchivedAt == null);
    }
}
