using System.Globalization;
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

    public Optional<T> Required<T>(SeedEntry entry, string field, T? value) where T : struct =>
        value is { } given ? given : Missing<T>(entry, field, required: true, default);

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
