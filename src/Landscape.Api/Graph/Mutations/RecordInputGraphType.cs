using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using GraphQL.Builders;
using GraphQL.Types;
using Landscape.Data.Entities;
using Landscape.Data.Validation;
using Landscape.Data.Writing;

namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// An input object bound to a C# record: each field sets the property of the same name (or the
/// one named by <see cref="InputFieldBinding.Binds{TSource, TReturn}"/>), wrapped in
/// <see cref="Optional{T}"/> where the record says so — so a partial update knows exactly which
/// fields were sent, and an explicit null is a value. The same binding maps a write problem's
/// property path back to the input's field names.
/// </summary>
public abstract class RecordInputGraphType<TRecord> : InputObjectGraphType<TRecord> where TRecord : new()
{
    /// <summary>The record; or, when a value does not fit its property, the <see cref="InputOutOfRangeException"/> saying which (the mutation answers it as a user error).</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        object record = new TRecord();
        foreach (var field in Fields)
        {
            if (!value.TryGetValue(field.Name, out var given))
            {
                continue;
            }
            var property = typeof(TRecord).GetProperty(InputFieldBinding.PropertyOf(field), BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{typeof(TRecord).Name} has no property for input field {field.Name}.");
            try
            {
                property.SetValue(record, Convert(given, property.PropertyType));
            }
            catch (InputOutOfRangeException e)
            {
                return new InputOutOfRangeException([field.Name, .. e.Field], e);
            }
        }
        return record;
    }

    private static object? Convert(object? value, Type target)
    {
        if (value is InputOutOfRangeException nested)
        {
            throw new InputOutOfRangeException(nested.Field, nested);
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            var inner = target.GetGenericArguments()[0];
            var converted = Convert(value, inner);
            // An explicit null for a field that cannot be empty (a layer, a count) changes nothing.
            return converted is null && inner.IsValueType && Nullable.GetUnderlyingType(inner) is null
                ? Activator.CreateInstance(target)
                : Activator.CreateInstance(target, converted);
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && value is null or IEnumerable)
        {
            // An explicit null list is an empty one: the entry's list is cleared.
            var items = value as IEnumerable ?? Array.Empty<object>();
            var element = target.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(Convert(item, element));
            }
            return list;
        }
        if (value is null || target.IsInstanceOfType(value))
        {
            return value;
        }
        var type = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        catch (OverflowException e)
        {
            // A Float of 1e308 is a valid GraphQL value but no decimal: the caller's mistake, not ours.
            throw new InputOutOfRangeException([], e);
        }
    }
}

/// <summary>How an input field names the record property it sets, and the way back for problems.</summary>
public static class InputFieldBinding
{
    private const string PropertyKey = "Landscape.Property";

    /// <summary>The record property this field sets, when its name is not the field's in PascalCase (`organizationId` → Organization).</summary>
    public static FieldBuilder<TSource, TReturn> Binds<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string property)
    {
        field.FieldType.Metadata[PropertyKey] = property;
        return field;
    }

    /// <summary>Problems about <paramref name="property"/> of the written entry are this field's (a link input's one slug for the entry's list).</summary>
    public static FieldBuilder<TSource, TReturn> Reports<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string property)
    {
        field.FieldType.Metadata[ReportsKey] = property;
        return field;
    }

    private const string ReportsKey = "Landscape.Reports";

    public static string PropertyOf(FieldType field) =>
        field.GetMetadata<string?>(PropertyKey) ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];

    /// <summary>
    /// Declares the fields record's described plain fields (text, numbers, dates, enums) that the
    /// type does not declare itself, each named after its property with its [Description] (a field
    /// without one, such as a slug that only a create takes, is the input type's to declare): a new
    /// plain field of an entry reaches the API's inputs without a change here.
    /// </summary>
    public static void AddPlainFields<TRecord>(this InputObjectGraphType<TRecord> input)
    {
        foreach (var property in typeof(TRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Optional<>)))
        {
            var value = property.PropertyType.GetGenericArguments()[0];
            if (property.GetCustomAttribute<DescriptionAttribute>() is { } description
                && !input.Fields.Any(f => PropertyOf(f) == property.Name)
                && PlainTypes.TryGetValue(Nullable.GetUnderlyingType(value) ?? value, out var graphType))
            {
                input.Field(FieldNames.ToCamelCase(property.Name), graphType).Description(description.Description);
            }
        }
    }

    private static readonly Dictionary<Type, Type> PlainTypes = new()
    {
        [typeof(string)] = typeof(StringGraphType),
        [typeof(bool)] = typeof(BooleanGraphType),
        [typeof(int)] = typeof(IntGraphType),
        [typeof(long)] = typeof(LongGraphType),
        [typeof(decimal)] = typeof(FloatGraphType),
        [typeof(DateOnly)] = typeof(CalendarDateGraphType),
        [typeof(Layer)] = typeof(LayerGraphType),
        [typeof(ProductStatus)] = typeof(ProductStatusGraphType),
        [typeof(OrganizationKind)] = typeof(OrganizationKindGraphType),
        [typeof(Modality)] = typeof(ModalityGraphType),
        [typeof(RoundType)] = typeof(RoundTypeGraphType),
        [typeof(UsageMetricKind)] = typeof(UsageMetricKindGraphType),
        [typeof(MeasurementMethod)] = typeof(MeasurementMethodGraphType),
        [typeof(LineageRelation)] = typeof(LineageRelationGraphType),
        [typeof(SourceGrade)] = typeof(SourceGradeGraphType),
    };

    /// <summary>A problem's property path (["Investors", "0", "Organization"]) in the input's field names (["input", "investors", "0", "organizationId"]).</summary>
    public static IReadOnlyList<string> PathOf(IInputObjectGraphType input, IReadOnlyList<string> properties)
    {
        var path = new List<string> { "input" };
        IGraphType? type = input;
        foreach (var property in properties)
        {
            if (int.TryParse(property, out _))
            {
                path.Add(property);
                continue;
            }
            var field = (type as IInputObjectGraphType)?.Fields.FirstOrDefault(f => PropertyOf(f) == property)
                ?? (type as IInputObjectGraphType)?.Fields.FirstOrDefault(f => f.GetMetadata<string?>(ReportsKey) == property);
            path.Add(field?.Name ?? FieldNames.ToCamelCase(property));
            type = field?.ResolvedType;
            while (type is IProvideResolvedType wrapper)
            {
                type = wrapper.ResolvedType;
            }
        }
        return path;
    }
}
