using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Landscape.Data.Validation;

namespace Landscape.Data.Seed;

/// <summary>
/// The plain columns an entry shares with its seed entry — same name, a text, number, flag, date or
/// enum value — and how the seed format writes them (dates as YYYY-MM-DD, enums in capitals,
/// amounts without trailing zeros). The YAML export and the CSV exports both read them, so a new
/// column reaches every export without a change there.
/// </summary>
public static class SeedColumns
{
    private static readonly ConcurrentDictionary<(Type, Type), IReadOnlyList<Column>> Cache = new();

    /// <summary>The shared columns, in the seed entry's key order.</summary>
    public static IReadOnlyList<Column> Of<TSeed, TEntry>() where TSeed : SeedEntry =>
        Cache.GetOrAdd((typeof(TSeed), typeof(TEntry)), types =>
            [.. types.Item1.GetProperties().Where(k => k.CanWrite && k.DeclaringType == types.Item1)
                .Select(k => (Key: k, Value: types.Item2.GetProperty(k.Name)))
                .Where(p => p.Value is not null && Fits(p.Key.PropertyType, p.Value.PropertyType))
                .Select(p => new Column(FieldNames.ToSnakeCase(p.Key.Name), p.Key, p.Value!))]);

    /// <summary>A seed entry with the entry's plain columns set; the caller adds references and nested lists.</summary>
    public static TSeed ToSeed<TSeed, TEntry>(TEntry entry) where TSeed : SeedEntry, new()
    {
        var seed = new TSeed();
        foreach (var column in Of<TSeed, TEntry>())
        {
            column.Key.SetValue(seed, column.Text(entry));
        }
        return seed;
    }

    private static bool Fits(Type key, Type value)
    {
        var plain = Nullable.GetUnderlyingType(value) ?? value;
        return key == typeof(string) ? plain == typeof(string) || plain == typeof(DateOnly) || plain.IsEnum
            : key == value || Nullable.GetUnderlyingType(key) == plain;
    }

    /// <summary>One column: its seed key, and the two properties it joins.</summary>
    public sealed record Column(string Name, PropertyInfo Key, PropertyInfo Value)
    {
        /// <summary>The entry's value as the seed format writes it.</summary>
        public object? Text(object? entry) => Value.GetValue(entry) switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum name => ConstantCase.Convert(name.ToString()),
            // numeric(20,2) reads back as 125000000.00; dividing by a one with many zeros drops the trailing ones.
            decimal amount => amount / 1.000000000000000000000000000000000m,
            var value => value,
        };
    }
}
