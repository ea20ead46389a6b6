using System.Collections.Concurrent;
using System.Reflection;

namespace Landscape.Data.Writing;

/// <summary>
/// Copies each given plain field of a fields record onto the entry's property of the same name and
/// type, so a new column is written by every way in without a line here. References and lists
/// (a name in the fields, an entity or links on the entry) differ in type and are left to the Apply.
/// </summary>
public static class FieldCopy
{
    private static readonly ConcurrentDictionary<(Type, Type), (PropertyInfo From, PropertyInfo To)[]> Plans = new();

    public static void Apply<TFields, TEntry>(TFields fields, TEntry entry) where TFields : notnull where TEntry : notnull
    {
        foreach (var (from, to) in Plans.GetOrAdd((fields.GetType(), typeof(TEntry)), types => Plan(types.Item1, types.Item2)))
        {
            var given = (IOptional)from.GetValue(fields)!;
            if (given.HasValue)
            {
                // A cleared value of a column that cannot be empty (a date every fact has) is the type's default; the rules refuse it.
                to.SetValue(entry, given.Value ?? (to.PropertyType.IsValueType ? Activator.CreateInstance(to.PropertyType) : null));
            }
        }
    }

    private static (PropertyInfo From, PropertyInfo To)[] Plan(Type fields, Type entry) =>
        [.. fields.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(f => f.PropertyType.IsGenericType && f.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>))
            .Select(f => (From: f, To: entry.GetProperty(f.Name, BindingFlags.Public | BindingFlags.Instance)))
            .Where(p => p.To is { CanWrite: true } && Fits(p.From.PropertyType.GetGenericArguments()[0], p.To.PropertyType))
            .Select(p => (p.From, p.To!))];

    private static bool Fits(Type given, Type column) => given == column || Nullable.GetUnderlyingType(given) == column;
}
