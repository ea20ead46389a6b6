using System.Globalization;
using Landscape.Api.Graph.Stats;
using Landscape.Api.Http.Export;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Api.Http.Embeds;

/// <summary>/embed/...: HTML views for an iframe, parameterized by the query string, self-contained.</summary>
public static class EmbedEndpoints
{
    public static void MapEmbeds(this WebApplication app)
    {
        app.UseEmbeddedAssets(EmbedPage.AssetPath, "embed");
        var embeds = app.MapGroup("/embed").ExcludeFromDescription();

        embeds.MapGet("/landscape", async (HttpContext http, ReadDbContextFactory contexts, HeavyRequestGate gate) =>
        {
            var (filter, problem) = ExportFilter.Parse(http.Request.Query);
            if (filter is null)
            {
                return Results.BadRequest(problem);
            }
            // The whole map, as the `landscape` query draws it: it waits for a slot the same way.
            using var slot = await gate.HoldAsync(http.RequestAborted);
            var body = await LandscapeEmbed.RenderAsync(contexts, new AsOfDay(filter.AsOf), filter.Layer, filter.CategorySlugs, http.RequestAborted);
            await EmbedPage.WriteAsync(http, "AI landscape", Dark(http), body, withScript: true);
            return Results.Empty;
        });

        embeds.MapGet("/chart/funding", async (HttpContext http, ReadDbContextFactory contexts) =>
        {
            var (filter, problem) = ExportFilter.Parse(http.Request.Query);
            if (filter is null || !TryInterval(http.Request.Query["interval"].ToString(), out var interval))
            {
                return Results.BadRequest(problem ?? "`interval` must be MONTH, QUARTER or YEAR.");
            }
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var buckets = await FundingStats.OverTimeAsync(db, interval, new StatsScope(filter.Layer, filter.CategorySlugs, To: filter.AsOf),
                http.RequestAborted);
            var bars = buckets.Select(b => (Label(b.PeriodStart, interval), (double)b.TotalUsd)).ToList();
            var title = $"Funding per {interval.ToString().ToLowerInvariant()}{(filter.Layer is { } l ? $", {l.ToString().ToLowerInvariant()} layer" : "")} (USD)";
            await EmbedPage.WriteAsync(http, title, Dark(http),
                $"""<h1>{EmbedPage.Encode(title)}</h1><figure class="chart">{SvgChart.Bars(bars, title)}</figure><footer>{buckets.Sum(b => b.RoundCount)} rounds, ${SvgChart.Compact((double)buckets.Sum(b => b.TotalUsd))} in total.</footer>""",
                withScript: false);
            return Results.Empty;
        });

        embeds.MapGet("/chart/usage", async (HttpContext http, ReadDbContextFactory contexts) =>
        {
            var (filter, problem) = ExportFilter.Parse(http.Request.Query);
            var metricText = http.Request.Query["metric"].ToString();
            var metric = UsageMetricKind.MonthlyActiveUsers;
            if (filter is null || (metricText.Length > 0 && !ConstantCase.TryParse(metricText.ToUpperInvariant(), out metric)))
            {
                return Results.BadRequest(problem ?? $"`metric` must be one of {string.Join(", ", ConstantCase.AllNames<UsageMetricKind>())}.");
            }
            var slugs = (http.Request.Query["products"].ToString() is { Length: > 0 } p ? p : "chatgpt")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(UsageStats.MaxSeries).ToList();
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var series = await UsageStats.SeriesAsync(db, slugs, metric, null, filter.AsOf, http.RequestAborted);
            var lines = series.Select(s => (s.Product.Name, (IReadOnlyList<(DateOnly, double)>)s.Points.Select(u => (u.AsOf, (double)u.Value)).ToList())).ToList();
            var title = ConstantCase.Name(metric).Replace('_', ' ').ToLowerInvariant();
            title = char.ToUpperInvariant(title[0]) + title[1..];
            await EmbedPage.WriteAsync(http, title, Dark(http),
                $"""<h1>{EmbedPage.Encode(title)}</h1><figure class="chart">{SvgChart.Lines(lines, title)}</figure>""", withScript: false);
            return Results.Empty;
        });
    }

    private static bool Dark(HttpContext http) => string.Equals(http.Request.Query["theme"], "dark", StringComparison.OrdinalIgnoreCase);

    private static bool TryInterval(string text, out StatsInterval interval)
    {
        interval = StatsInterval.Quarter;
        return text.Length == 0 || Enum.TryParse(text, ignoreCase: true, out interval);
    }

    private static string Label(DateOnly start, StatsInterval interval) => interval switch
    {
        StatsInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        StatsInterval.Quarter => $"{start.Year} Q{((start.Month - 1) / 3) + 1}",
        _ => start.Year.ToString(CultureInfo.InvariantCulture),
    };
}
