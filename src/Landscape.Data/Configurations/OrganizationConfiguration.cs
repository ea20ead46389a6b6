using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.HasSlug(e => e.Slug);
        entity.Property(e => e.Name).HasMaxLength(200);
        entity.Property(e => e.Kind).HasEnumText(entity, "kind");
        entity.Property(e => e.HqCountry).HasMaxLength(2).IsFixedLength(false);
        entity.Property(e => e.HqCity).HasMaxLength(100);
        entity.Property(e => e.WebsiteUrl).HasMaxLength(2048);
        entity.Property(e => e.LogoUrl).HasMaxLength(2048);
        entity.Property(e => e.Description).HasMaxLength(4000);
        entity.HasIndex(e => e.HqCountry);
        entity.Property(e => e.TotalFundingUsd).HasPrecision(20, 2).IsMaintainedByDatabase();
        entity.HasTrigramIndex(e => e.Name);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_organizations_hq_country", "hq_country ~ '^[A-Z]{2}$'");
            t.HasCheckConstraint("ck_organizations_founded_year", "founded_year BETWEEN 1800 AND 2200");
        });
        // Archived entries leave every read; the seed loader and history still see them (IgnoreQueryFilters).
        entity.HasQueryFilter(e => e.ArchivedAt == null);
        entity.HasEditableColumns();
    }
}
