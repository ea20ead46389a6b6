using System.Globalization;

namespace Landscape.Api.Graph.Mutations;

/// <summary>
/// A mutation's `input` as given: which fields were sent (an update changes only those; an
/// explicit null clears a field) and their values, already parsed by the GraphQL types.
/// </summary>
public sealed class MutationInput(IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> path)
{
    public IReadOnlyList<string> Path { get; } = path;

    public bool Has(string field) => values.ContainsKey(field);

    public T? Get<T>(string field)
    {
        if (!values.TryGetValue(field, out var value) || value is null)
        {
            return default;
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return value is T typed ? typed : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (OverflowException e)
        {
            // A Float of 1e308 is a valid GraphQL value but no decimal: the caller's mistake, not ours.
            throw new InputOutOfRangeException(PathTo(field), e);
        }
    }

    public IReadOnlyList<string> Strings(string field) =>
        values.TryGetValue(field, out var value) && value is IEnumerable<object?> items
            ? items.Select(i => i?.ToString() ?? "").ToList()
            : [];

    public MutationInput? Nested(string field) =>
        values.TryGetValue(field, out var value) && value is IReadOnlyDictionary<string, object?> nested
            ? new MutationInput(nested, [.. Path, field])
            : null;

    public IReadOnlyList<MutationInput> NestedList(string field) =>
        values.TryGetValue(field, out var value) && value is IEnumerable<object?> items
            ? items.OfType<IReadOnlyDictionary<string, object?>>().Select((d, i) => new MutationInput(d, [.. Path, field, i.ToString(CultureInfo.InvariantCulture)])).ToList()
            : [];

    public IReadOnlyList<string> PathTo(params string[] field) => [.. Path, .. field];
}
