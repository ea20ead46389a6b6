using System.Text;

namespace Landscape.Data;

/// <summary>PascalCase enum names ↔ the CONSTANT_CASE text used in the database, the API and the seed files.</summary>
public static class ConstantCase
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Lookup<TEnum>.Names.TryGetValue(value, out var name) ? name : Convert(value.ToString());

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (text is not null && Lookup<TEnum>.Values.TryGetValue(text, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    public static IEnumerable<string> AllNames<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Name);

    // Built once per enum type: every enum column of every row read goes through Parse, and
    // every enum written or serialized through Name (no boxing, no array per call).
    private static class Lookup<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => Convert(v.ToString()));

        public static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(n => n.Value, n => n.Key, StringComparer.Ordinal);
    }

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
