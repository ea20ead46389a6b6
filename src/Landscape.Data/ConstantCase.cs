using System.Collections.Concurrent;
using System.Text;

namespace Landscape.Data;

/// <summary>PascalCase enum names ↔ the CONSTANT_CASE text used in the database, the API and the seed files.</summary>
public static class ConstantCase
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names.GetOrAdd(value, static v => Convert(v.ToString()));

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static IEnumerable<string> AllNames<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Name);

    /// <summary>"SeriesA" → "SERIES_A", "MonthlyActiveUsers" → "MONTHLY_ACTIVE_USERS".</summary>
    public static string Convert(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
            {
                text.Append('_');
            }
            text.Append(char.ToUpperInvariant(c));
        }
        return text.ToString();
    }
}
