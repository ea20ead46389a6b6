using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class FundingRoundConfiguration : IEntityTypeConfiguration<FundingRound>
{
    public void Configure(EntityTypeBuilder<FundingRound> entity)
    {
        entity.Property(e => e.RoundType).HasEnumText(entity, "round_type");
        entity.Property(e => e.Amount).HasPrecision(20, 2);
        entity.Property(e => e.AmountUsd).HasPrecision(20, 2);
        entity.Property(e => e.PostMoneyValuationUsd).HasPrecision(20, 2);
        entity.Property(e => e.Currency).HasMaxLength(3);
        entity.Property(e => e.Note).HasMaxLength(2000);
        entity.HasOne(e => e.Organization).WithMany(o => o.FundingRounds).HasForeignKey(e => e.OrganizationId)
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
        // The same round twice is one fact: an organization raises one round of a type on a day.
        entity.HasIndex(e => new { e.OrganizationId, e.RoundType, e.AnnouncedOn }).IsUnique();
        entity.HasIndex(e => e.AnnouncedOn);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_funding_rounds_amount", "amount IS NULL OR amount >= 0");
            t.HasCheckConstraint("ck_funding_rounds_amount_usd", "amount_usd IS NULL OR amount_usd >= 0");
            t.HasCheckConstraint("ck_funding_rounds_amount_usd_required", "amount IS NULL OR amount_usd IS NOT NULL");
            t.HasCheckConstraint("ck_funding_rounds_currency", "currency IS NULL OR currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_funding_rounds_valuation", "post_money_valuation_usd IS NULL OR post_money_valuation_usd >= 0");
        });
        // A round of an archived organization leaves reads with it (see QueryFilters).
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Organization.ArchivedAt == null);
        entity.HasEditableColumns();
    }
}
