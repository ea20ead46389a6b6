using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Landscape.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> entity)
    {
        entity.Property(e => e.Name).HasMaxLength(200);
        entity.Property(e => e.Role).HasEnumText(entity, "role");
        entity.HasIndex(e => e.KeyHash).IsUnique();
        entity.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
    }
}
