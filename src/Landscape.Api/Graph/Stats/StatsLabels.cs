using System.Globalization;

namespace Landscape.Api.Graph.Stats;

public static class StatsLabels
{
    public const string Unassigned = "Unassigned";

    /// <summary>"SERIES_A" → "Series A", "APPLICATION" → "Application"; SQL labels (category names) win.</summary>
    public static string For(string? key, string? label)
    {
        if (label is not null)
        {
            return label;
        }
        if (key is null)
        {
            return Unassigned;
        }
        if (key.Length <= 3 || key.All(char.IsDigit))
        {
            return key;
        }
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key.Replace('_', ' ').ToLowerInvariant());
    }

    /// <summary>Years ascending; otherwise the biggest first; the unassigned group last either way.</summary>
    public static List<StatsGroup> Order(IEnumerable<StatsGroup> groups, bool chronological) =>
        (chronological
            ? groups.OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            : groups.OrderBy(g => g.Key is null).ThenByDescending(g => g.TotalUsd).ThenByDescending(g => g.Count)
                .ThenBy(g => g.Key, StringComparer.Ordinal)).ToList();
}
