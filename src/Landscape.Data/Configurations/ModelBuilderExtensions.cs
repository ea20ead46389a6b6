using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Landscape.Data.Configurations;

internal static class ModelBuilderExtensions
{
    /// <summary>Stores an enum as readable CONSTANT_CASE text, with a check constraint on the allowed values.</summary>
    public static PropertyBuilder<TEnum> HasEnumText<TEntity, TEnum>(
        this PropertyBuilder<TEnum> property, EntityTypeBuilder<TEntity> entity, string column)
        where TEntity : class
        where TEnum : struct, Enum
    {
        var values = string.Join(", ", ConstantCase.AllNames<TEnum>().Select(n => $"'{n}'"));
        entity.ToTable(t => t.HasCheckConstraint($"ck_{entity.Metadata.GetTableName()}_{column}", $"{column} IN ({values})"));
        return property
            .HasConversion(new ValueConverter<TEnum, string>(v => ConstantCase.Name(v), v => ConstantCase.Parse<TEnum>(v)))
            .HasMaxLength(32);
    }

    /// <summary>Version, created and updated timestamps of an analyst-editable entity.</summary>
    public static void HasEditableColumns<TEntity>(this EntityTypeBuilder<TEntity> entity)
        where TEntity : class, Entities.IVersioned
    {
        entity.Property(e => e.Version).IsConcurrencyToken().HasDefaultValue(1);
        entity.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        entity.Property(e => e.UpdatedAt).HasDefaultValueSql("now()");
    }

    /// <summary>
    /// A column that triggers keep (see the DenormalizedSortColumns migration): EF never writes
    /// it and reads it back after every save.
    /// </summary>
    public static PropertyBuilder<TProperty> IsMaintainedByDatabase<TProperty>(this PropertyBuilder<TProperty> property)
    {
        property.ValueGeneratedOnAddOrUpdate();
        property.Metadata.SetBeforeSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
        return property;
    }

    public static void HasSlug<TEntity>(this EntityTypeBuilder<TEntity> entity, Expression<Func<TEntity, string>> slug)
        where TEntity : class
    {
        entity.Property(slug).HasMaxLength(64);
        entity.HasIndex(Expression.Lambda<Func<TEntity, object?>>(Expression.Convert(slug.Body, typeof(object)), slug.Parameters)).IsUnique();
        var table = entity.Metadata.GetTableName();
        entity.ToTable(t => t.HasCheckConstraint($"ck_{table}_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'"));
    }

    public static void HasTrigramIndex<TEntity>(this EntityTypeBuilder<TEntity> entity, Expression<Func<TEntity, object?>> column)
        where TEntity : class =>
        entity.HasIndex(column).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName($"ix_{entity.Metadata.GetTableName()}_name_trgm");
}
