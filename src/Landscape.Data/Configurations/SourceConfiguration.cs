using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Landscape.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> entity)
    {
        entity.Property(e => e.Url).HasMaxLength(2048);
        entity.HasIndex(e => e.Url).IsUnique();
        entity.Property(e => e.Title).HasMaxLength(500);
        entity.Property(e => e.Publisher).HasMaxLength(200);
        entity.ToTable(t =>
        {
            t.HasCheckConstraint("ck_sources_url", "url ~ '^https?://'");
            t.HasCheckConstraint("ck_sources_grade", $"grade IN ({string.Join(", ", ConstantCase.AllNames<SourceGrade>().Select(n => $"'{n}'"))})");
        });
        entity.Property(e => e.Grade).HasMaxLength(20)
            .HasConversion(new ValueConverter<SourceGrade, string>(v => ConstantCase.Name(v), v => ConstantCase.Parse<SourceGrade>(v)));
    }
}
