using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class FundingRoundInvestorConfiguration : IEntityTypeConfiguration<FundingRoundInvestor>
{
    public void Configure(EntityTypeBuilder<FundingRoundInvestor> entity)
    {
        entity.HasKey(e => new { e.FundingRoundId, e.InvestorId });
        entity.HasOne(e => e.FundingRound).WithMany(r => r.Investors).HasForeignKey(e => e.FundingRoundId);
        entity.HasOne(e => e.Investor).WithMany().HasForeignKey(e => e.InvestorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.InvestorId);
        // An archived investor leaves the round's investors. (Investors are read through their
        // round, whose own filter already drops the rounds of archived organizations.)
        entity.HasQueryFilter(QueryFilters.OfArchivedEntries, e => e.Investor.ArchivedAt == null);
    }
}
