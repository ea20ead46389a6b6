using System.Globalization;
using System.Reflection;
using Landscape.Data.Validation;
using Landscape.Data.Writing;

namespace Landscape.Data.Seed;

/// <summary>
/// Reads the text of seed values into typed fields, reporting each value that does not parse or a
/// required key that is missing; such a field is left out of the fields, so the entry keeps its value.
/// </summary>
public sealed class SeedValues
{
    private readonly List<SeedProblem> _problems = [];

    /// <summary>The problems found since the last call: those of the entry just mapped.</summary>
    public IReadOnlyList<SeedProblem> TakeProblems()
    {
        var taken = _problems.ToList();
        _problems.Clear();
        return taken;
    }

    /// <summary>
    /// The fields of an entry: each key is read into the field of the same name (dates and enum
    /// names parsed here); keys of another shape (references to sources, nested lists) are the entry's to map.
    /// </summary>
    public TFields Map<TFields>(SeedEntry entry) where TFields : new()
    {
        object fields = new TFields();
        foreach (var field in typeof(TFields).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>)))
        {
            if (entry.GetType().GetProperty(field.Name) is not { } key)
            {
                continue;
            }
            var type = field.PropertyType.GetGenericArguments()[0];
            var text = key.GetValue(entry);
            var name = FieldNames.ToSnakeCase(field.Name);
            var plain = Nullable.GetUnderlyingType(type) ?? type;
            object? value = type == typeof(DateOnly?) ? Date(entry, name, (string?)text)
                : type.IsEnum ? EnumOf.MakeGenericMethod(type).Invoke(this, [entry, name, text])
                : plain.IsEnum ? OptionalEnumOf.MakeGenericMethod(plain).Invoke(this, [entry, name, text])
                : text is null ? Activator.CreateInstance(field.PropertyType, [null])
                : type.IsInstanceOfType(text) || Nullable.GetUnderlyingType(type) == text.GetType() ? Activator.CreateInstance(field.PropertyType, [text])
                : null;
            if (value is not null)
            {
                field.SetValue(fields, value);
            }
        }
        return (TFields)fields;
    }

    private static readonly MethodInfo EnumOf = typeof(SeedValues).GetMethod(nameof(Enum))!;

    private static readonly MethodInfo OptionalEnumOf = typeof(SeedValues).GetMethod(nameof(OptionalEnum))!;

    /// <summary>An enum name a key may leave out (null then).</summary>
    public Optional<TEnum?> OptionalEnum<TEnum>(SeedEntry entry, string field, string? text) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : Enum<TEnum>(entry, field, text) is { HasValue: true } given ? given.Value : default(Optional<TEnum?>);

    /// <summary>A key every entry of its kind must have.</summary>
    public void Require(SeedEntry entry, string field, object? value)
    {
        if (value is null or "")
        {
            Missing<int>(entry, field, required: true, 0);
        }
    }

    public Optional<DateOnly?> Date(SeedEntry entry, string field, string? text, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Missing<DateOnly?>(entry, field, required, null);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        _problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.InvalidDate, $"'{text}' is not a date; write YYYY-MM-DD."));
        return default;
    }

    public Optional<TEnum> Enum<TEnum>(SeedEntry entry, string field, string? text) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Missing<TEnum>(entry, field, required: true, default);
        }
        if (ConstantCase.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        _problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.InvalidEnum,
            $"'{text}' is not one of {string.Join(", ", ConstantCase.AllNames<TEnum>())}."));
        return default;
    }

    private Optional<T> Missing<T>(SeedEntry entry, string field, bool required, T empty)
    {
        if (!required)
        {
            return empty;
        }
        _problems.Add(new SeedProblem(entry.File, entry.Line, field, ErrorCodes.Required, "Required."));
        return default;
    }
}
