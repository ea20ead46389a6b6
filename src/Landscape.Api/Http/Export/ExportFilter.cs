using System.Globalization;
using Landscape.Data;
using Landscape.Data.Entities;

namespace Landscape.Api.Http.Export;

/// <summary>The query string of an export: the GraphQL lists' filters, as `layer`, `category` (repeat or comma-separate) and `asOf`.</summary>
public sealed record ExportFilter(Layer? Layer, List<string>? CategorySlugs, DateOnly? AsOf, string? Organization, List<string>? Products)
{
    public static (ExportFilter? Filter, string? Problem) Parse(IQueryCollection query)
    {
        Layer? layer = null;
        if (query["layer"].ToString() is { Length: > 0 } layerText)
        {
            if (!ConstantCase.TryParse<Layer>(layerText.ToUpperInvariant(), out var parsed))
            {
                return (null, $"`layer` must be one of {string.Join(", ", ConstantCase.AllNames<Layer>())}.");
            }
            layer = parsed;
        }
        DateOnly? asOf = null;
        if (query["asOf"].ToString() is { Length: > 0 } asOfText)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, "`asOf` must be a day, YYYY-MM-DD.");
            }
            asOf = day;
        }
        var organization = query["organization"].ToString();
        return (new ExportFilter(layer, List(query["category"]), asOf, organization.Length == 0 ? null : organization,
            List(query["product"])), null);
    }

    private static List<string>? List(Microsoft.Extensions.Primitives.StringValues values)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return items.Count == 0 ? null : items;
    }
}
