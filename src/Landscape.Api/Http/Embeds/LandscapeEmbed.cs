using System.Globalization;
using System.Text;
using Landscape.Api.Graph.LandscapeMap;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Http.Embeds;

/// <summary>
/// /embed/landscape: the map the `landscape` query returns (same code), a tile per product in
/// each of its categories, and per product a card (organization, funding total, latest usage,
/// sources) rendered hidden for embed.js to show. Logos are drawn only when they are ours
/// (relative or data: URLs); otherwise initials, so the page loads nothing from elsewhere.
/// </summary>
public static class LandscapeEmbed
{
    public static async Task<string> RenderAsync(IDbContextFactory<LandscapeDbContext> contexts, AsOfDay asOf, Layer? layer,
        List<string>? categorySlugs, CancellationToken cancellationToken)
    {
        var map = await LandscapeQueries.BuildAsync(contexts, asOf, layer, categorySlugs, Landscape.Api.Graph.Products.ProductShape.Readable, cancellationToken);
        var products = map.SelectMany(l => l.Categories).SelectMany(c => c.Products).DistinctBy(p => p.Id).ToList();
        var cards = await CardsAsync(contexts, products, asOf.Day, cancellationToken);

        var html = new StringBuilder();
        var day = asOf.Day is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        html.Append(CultureInfo.InvariantCulture, $"<h1>AI landscape <small>{products.Count} products{day}</small></h1>\n<main>\n");
        foreach (var l in map)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<section class="layer" data-layer="{ConstantCase.Name(l.Layer)}"><h2>{l.Layer}</h2><div class="categories">""");
            foreach (var c in l.Categories.Where(c => c.Products.Count > 0))
            {
                html.Append(CultureInfo.InvariantCulture, $"""<section class="category" data-category="{EmbedPage.Encode(c.Category.Slug)}"><h3>{EmbedPage.Encode(c.Category.Name)}</h3><ul class="tiles">""");
                foreach (var p in c.Products)
                {
                    html.Append(CultureInfo.InvariantCulture, $"""<li><button type="button" class="tile" data-product="{EmbedPage.Encode(p.Slug)}" aria-controls="card-{EmbedPage.Encode(p.Slug)}">{Logo(p)}<span class="name">{EmbedPage.Encode(p.Name)}</span></button></li>""");
                }
                html.Append("</ul></section>");
            }
            html.Append("</div></section>\n");
        }
        html.Append("</main>\n");
        foreach (var p in products)
        {
            html.Append(cards[p.Id]);
        }
        html.Append("""<footer>Data: Landscape, every fact dated and sourced. Click a product for its card.</footer>""");
        return html.ToString();
    }

    private static string Logo(Product product)
    {
        if (product.LogoUrl is { } url && (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("data:image/", StringComparison.Ordinal)))
        {
            return $"""<span class="logo"><img src="{EmbedPage.Encode(url)}" alt=""></span>""";
        }
        // Initials of the first two words that start with a letter or digit ("Claude (claude.ai)" → "CC").
        var words = product.Name.Split([' ', '-', '.', '_', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetterOrDigit(w[0])).ToList();
        var initials = words.Count >= 2 ? $"{words[0][0]}{words[1][0]}" : words.Count == 1 ? words[0][..Math.Min(2, words[0].Length)] : "?";
        return $"""<span class="logo" aria-hidden="true">{EmbedPage.Encode(initials.ToUpperInvariant())}</span>""";
    }

    private static async Task<Dictionary<int, string>> CardsAsync(IDbContextFactory<LandscapeDbContext> contexts, List<Product> products,
        DateOnly? day, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productIds = products.Select(p => p.Id).ToList();
        var organizationIds = products.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new
            {
                o.Id, o.Name,
                Total = o.FundingRounds.Where(r => day == null || r.AnnouncedOn <= day).Sum(r => r.AmountUsd ?? 0m),
                Sources = o.FundingRounds.Where(r => day == null || r.AnnouncedOn <= day).Select(r => r.Source.Url).ToList(),
            })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var usage = (await db.UsageMetrics.AsNoTracking()
                .Where(u => productIds.Contains(u.ProductId) && (day == null || u.AsOf <= day))
                .Select(u => new { u.ProductId, u.Metric, u.Value, u.AsOf, u.Id, u.Source.Url })
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.ProductId);

        var cards = new Dictionary<int, string>();
        foreach (var p in products)
        {
            var organization = p.OrganizationId is { } id && organizations.TryGetValue(id, out var o) ? o : null;
            // Monthly users when known, the newest figure of any metric otherwise.
            var latest = usage[p.Id].OrderBy(u => u.Metric == UsageMetricKind.MonthlyActiveUsers ? 0 : 1)
                .ThenByDescending(u => u.AsOf).ThenByDescending(u => u.Id).FirstOrDefault();
            var sources = usage[p.Id].Select(u => u.Url).Concat(organization?.Sources ?? []).Distinct().Take(5).ToList();
            var card = new StringBuilder();
            card.Append(CultureInfo.InvariantCulture, $"""<article class="card" id="card-{EmbedPage.Encode(p.Slug)}" data-product="{EmbedPage.Encode(p.Slug)}" hidden><button type="button" class="close" aria-label="Close">×</button><h2>{EmbedPage.Encode(p.Name)}</h2>""");
            if (p.Description is { } description)
            {
                card.Append(CultureInfo.InvariantCulture, $"<p>{EmbedPage.Encode(description)}</p>");
            }
            card.Append("<dl>");
            card.Append(CultureInfo.InvariantCulture, $"<dt>Organization</dt><dd>{EmbedPage.Encode(organization?.Name ?? "—")}</dd>");
            card.Append(CultureInfo.InvariantCulture, $"<dt>Funding</dt><dd>{(organization is { Total: > 0 } ? "$" + SvgChart.Compact((double)organization.Total) : "none disclosed")}</dd>");
            card.Append(CultureInfo.InvariantCulture, $"<dt>Launched</dt><dd>{p.LaunchedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}</dd>");
            card.Append(CultureInfo.InvariantCulture, $"<dt>Latest usage</dt><dd>{(latest is null ? "—" : $"{SvgChart.Compact(latest.Value)} {EmbedPage.Encode(ConstantCase.Name(latest.Metric).Replace('_', ' ').ToLowerInvariant())} ({latest.AsOf:yyyy-MM-dd})")}</dd>");
            card.Append("</dl>");
            if (sources.Count > 0)
            {
                card.Append("<strong>Sources</strong><ul>");
                foreach (var url in sources)
                {
                    card.Append(CultureInfo.InvariantCulture, $"""<li><a href="{EmbedPage.Encode(url)}" target="_blank" rel="noopener noreferrer">{EmbedPage.Encode(url)}</a></li>""");
                }
                card.Append("</ul>");
            }
            cards[p.Id] = card.Append("</article>\n").ToString();
        }
        return cards;
    }
}
