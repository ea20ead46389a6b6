using Landscape.Data;
using Landscape.Data.Entities;
using Npgsql;

namespace Landscape.Api.Graph.Stats;

/// <summary>
/// What an aggregate looks at: a layer, categories, a day (asOf) and a date range. A funding round
/// belongs to a layer or category through the products of the organization that raised it (whenever
/// they launched): an organization's rounds count for the layers and categories of its products.
/// </summary>
public sealed record StatsScope(Layer? Layer = null, IReadOnlyList<string>? CategorySlugs = null, DateOnly? AsOf = null,
    DateOnly? From = null, DateOnly? To = null)
{
    public bool HasCategories => CategorySlugs is { Count: > 0 };

    /// <summary>The parameters the SQL fragments below refer to; only those that are set.</summary>
    public List<NpgsqlParameter> Parameters()
    {
        var parameters = new List<NpgsqlParameter>();
        if (Layer is { } layer)
        {
            parameters.Add(new NpgsqlParameter("layer", ConstantCase.Name(layer)));
        }
        if (HasCategories)
        {
            parameters.Add(new NpgsqlParameter("slugs", CategorySlugs!.ToArray()));
        }
        if (AsOf is { } asOf)
        {
            parameters.Add(new NpgsqlParameter("as_of", asOf));
        }
        if (From is { } from)
        {
            parameters.Add(new NpgsqlParameter("from", from));
        }
        if (To is { } to)
        {
            parameters.Add(new NpgsqlParameter("to", to));
        }
        return parameters;
    }

    /// <summary>The rounds selected (id, organization_id, announced_on, round_type, amount_usd, and hq_country when asked for), for a CTE.</summary>
    public string RoundsSql(bool withCountry = false)
    {
        var sql = withCountry
            ? """
              SELECT r.id, r.organization_id, r.announced_on, r.round_type, r.amount_usd, o.hq_country
              FROM funding_rounds r JOIN organizations o ON o.id = r.organization_id
              WHERE TRUE
              """
            : """
              SELECT r.id, r.organization_id, r.announced_on, r.round_type, r.amount_usd
              FROM funding_rounds r
              WHERE TRUE
              """;
        if (AsOf is not null)
        {
            sql += " AND r.announced_on <= @as_of";
        }
        if (From is not null)
        {
            sql += " AND r.announced_on >= @from";
        }
        if (To is not null)
        {
            sql += " AND r.announced_on <= @to";
        }
        if (Layer is not null)
        {
            sql += " AND EXISTS (SELECT 1 FROM products p WHERE p.organization_id = r.organization_id AND p.layer = @layer)";
        }
        if (HasCategories)
        {
            sql += """
                 AND EXISTS (SELECT 1 FROM products p JOIN product_categories pc ON pc.product_id = p.id
                   JOIN categories c ON c.id = pc.category_id WHERE p.organization_id = r.organization_id AND c.slug = ANY(@slugs))
                """;
        }
        return sql;
    }

    /// <summary>The products selected (id, layer, launched_on, hq_country), on the market on the day looked at, for a CTE.</summary>
    public string ProductsSql()
    {
        var sql = """
            SELECT p.id, p.layer, p.launched_on, o.hq_country
            FROM products p LEFT JOIN organizations o ON o.id = p.organization_id
            WHERE TRUE
            """;
        if (AsOf is not null)
        {
            // The same rule as the lists' OnMarket: launched by then and not yet discontinued.
            sql += " AND p.launched_on IS NOT NULL AND p.launched_on <= @as_of AND (p.discontinued_on IS NULL OR p.discontinued_on > @as_of)";
        }
        if (Layer is not null)
        {
            sql += " AND p.layer = @layer";
        }
        if (HasCategories)
        {
            sql += """
                 AND EXISTS (SELECT 1 FROM product_categories pc JOIN categories c ON c.id = pc.category_id
                   WHERE pc.product_id = p.id AND c.slug = ANY(@slugs))
                """;
        }
        return sql;
    }

    /// <summary>Restricts the categories a group may be (c.*) to the scope's layer and categories.</summary>
    public string CategoryRestriction() =>
        (Layer is null ? "" : " AND c.layer = @layer") + (HasCategories ? " AND c.slug = ANY(@slugs)" : "");
}
