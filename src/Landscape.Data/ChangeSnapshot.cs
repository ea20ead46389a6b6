using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NpgsqlTypes;

namespace Landscape.Data;

/// <summary>An entity's column values as a JSON object, for the before/after of a history record.</summary>
public static class ChangeSnapshot
{
    public static string Of(EntityEntry entry, bool original) =>
        JsonSerializer.Serialize(entry.Properties
            .Where(p => p.Metadata.ClrType != typeof(NpgsqlTsVector))
            .ToDictionary(p => p.Metadata.GetColumnName(), p => Normalize(original ? p.OriginalValue : p.CurrentValue)));

    private static object? Normalize(object? value) => value switch
    {
        Enum e => ConstantCase.Convert(e.ToString()),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
