using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> entity)
    {
        entity.Property(e => e.Actor).HasMaxLength(200);
        entity.Property(e => e.EntityType).HasMaxLength(64);
        entity.Property(e => e.Action).HasEnumText(entity, "action");
        entity.Property(e => e.Before).HasColumnType("jsonb");
        entity.Property(e => e.After).HasColumnType("jsonb");
        entity.Property(e => e.At).HasDefaultValueSql("now()");
        entity.HasIndex(e => new { e.EntityType, e.EntityId, e.Id });
        entity.HasIndex(e => e.At);
    }
}
