using Landscape.Api.Graph.Funding;
using Landscape.Api.Graph.Models;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Usage;
using Landscape.Api.Http.Caching;
using Landscape.Api.Http.Cors;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http.Export;

/// <summary>
/// /export/*.csv: the GraphQL lists as flat files for spreadsheets, with the same filters (so a
/// file has as many rows as the list's totalCount), streamed row by row from the database.
/// </summary>
public static class CsvExportEndpoints
{
    public static void MapCsvExports(this WebApplication app)
    {
        var group = app.MapGroup("/export").RequireCors(CorsSettings.PolicyName).ExcludeFromDescription();

        group.MapGet("/products.csv", (HttpContext http) => ExportAsync(http, "products", async (db, f, csv, ct) =>
        {
            await csv.WriteRowAsync("slug", "name", "layer", "categories", "organization_slug", "organization", "country",
                "launched_on", "discontinued_on", "status", "open_source", "homepage_url", "description");
            var products = ProductList.Filter(db.Products.AsNoTracking().OnMarket(new AsOfDay(f.AsOf)),
                new ProductFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, OrganizationSlug = f.Organization }, f.AsOf);
            var rows = products.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new
            {
                p.Slug, p.Name, p.Layer,
                Categories = p.Categories.OrderBy(c => c.Category.Slug).Select(c => c.Category.Slug).ToList(),
                OrganizationSlug = p.Organization!.Slug, Organization = p.Organization.Name, Country = p.Organization.HqCountry,
                p.LaunchedOn, p.DiscontinuedOn, p.Status, p.OpenSource, p.HomepageUrl, p.Description,
            });
            await foreach (var p in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync(p.Slug, p.Name, p.Layer, string.Join(';', p.Categories), p.OrganizationSlug, p.Organization,
                    p.Country, p.LaunchedOn, p.DiscontinuedOn, p.Status, p.OpenSource, p.HomepageUrl, p.Description);
            }
        }));

        group.MapGet("/funding-rounds.csv", (HttpContext http) => ExportAsync(http, "funding-rounds", async (db, f, csv, ct) =>
        {
            await csv.WriteRowAsync("announced_on", "organization_slug", "organization", "country", "round_type", "amount", "currency",
                "amount_usd", "post_money_valuation_usd", "lead_investors", "source_url", "note");
            var rounds = FundingQueries.Filter(db.FundingRounds.AsNoTracking(),
                new FundingRoundFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, OrganizationSlug = f.Organization }, f.AsOf);
            var rows = rounds.OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id).Select(r => new
            {
                r.AnnouncedOn, OrganizationSlug = r.Organization.Slug, Organization = r.Organization.Name, Country = r.Organization.HqCountry,
                r.RoundType, r.Amount, r.Currency, r.AmountUsd, r.PostMoneyValuationUsd,
                Leads = r.Investors.Where(i => i.IsLead).OrderBy(i => i.Investor.Name).Select(i => i.Investor.Name).ToList(),
                SourceUrl = r.Source.Url, r.Note,
            });
            await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync(r.AnnouncedOn, r.OrganizationSlug, r.Organization, r.Country, r.RoundType, r.Amount, r.Currency,
                    r.AmountUsd, r.PostMoneyValuationUsd, string.Join(';', r.Leads), r.SourceUrl, r.Note);
            }
        }));

        group.MapGet("/usage-metrics.csv", (HttpContext http) => ExportAsync(http, "usage-metrics", async (db, f, csv, ct) =>
        {
            await csv.WriteRowAsync("as_of", "product_slug", "product", "metric", "value", "period_start", "period_end", "method",
                "source_url", "note");
            var usage = UsageQueries.Filter(db.UsageMetrics.AsNoTracking(),
                new UsageMetricFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, ProductSlugs = f.Products }, f.AsOf);
            var rows = usage.OrderByDescending(u => u.AsOf).ThenByDescending(u => u.Id).Select(u => new
            {
                u.AsOf, ProductSlug = u.Product.Slug, Product = u.Product.Name, u.Metric, u.Value, u.PeriodStart, u.PeriodEnd, u.Method,
                SourceUrl = u.Source.Url, u.Note,
            });
            await foreach (var u in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync(u.AsOf, u.ProductSlug, u.Product, u.Metric, u.Value, u.PeriodStart, u.PeriodEnd, u.Method,
                    u.SourceUrl, u.Note);
            }
        }));

        group.MapGet("/models.csv", (HttpContext http) => ExportAsync(http, "models", async (db, f, csv, ct) =>
        {
            await csv.WriteRowAsync("slug", "name", "organization_slug", "organization", "released_on", "modality", "parameters",
                "training_tokens", "context_window", "open_weights", "license", "training_gpus", "training_gpu_type", "training_days",
                "training_cost_usd", "derived_from");
            // Models sit in the model layer; the models list filters by organization and day, and so does this.
            var models = ModelQueries.Filter(db.Models.AsNoTracking(), new ModelFilter { OrganizationSlug = f.Organization }, f.AsOf);
            var rows = models.OrderBy(m => m.Name).ThenBy(m => m.Id).Select(m => new
            {
                m.Slug, m.Name, OrganizationSlug = m.Organization!.Slug, Organization = m.Organization.Name, m.ReleasedOn, m.Modality,
                m.Parameters, m.TrainingTokens, m.ContextWindow, m.OpenWeights, m.License, m.TrainingGpus, m.TrainingGpuType,
                m.TrainingDays, m.TrainingCostUsd,
                DerivedFrom = m.DerivedFrom.OrderBy(l => l.DerivedFrom.Slug).Select(l => l.DerivedFrom.Slug).ToList(),
            });
            await foreach (var m in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync(m.Slug, m.Name, m.OrganizationSlug, m.Organization, m.ReleasedOn, m.Modality, m.Parameters,
                    m.TrainingTokens, m.ContextWindow, m.OpenWeights, m.License, m.TrainingGpus, m.TrainingGpuType, m.TrainingDays,
                    m.TrainingCostUsd, string.Join(';', m.DerivedFrom));
            }
        }));
    }

    private static async Task ExportAsync(HttpContext http, string name,
        Func<LandscapeDbContext, ExportFilter, CsvWriter, CancellationToken, Task> write)
    {
        var (filter, problem) = ExportFilter.Parse(http.Request.Query);
        if (filter is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(problem!, http.RequestAborted);
            return;
        }
        var caching = http.RequestServices.GetRequiredService<IOptions<CachingOptions>>().Value;
        var contexts = http.RequestServices.GetRequiredService<ReadDbContextFactory>();
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var response = http.Response;
        response.ContentType = "text/csv; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = CachedResponse.CacheControl(http.Request, caching);
        // The rows are written as they are read: the body goes out in chunks, never the whole table in memory.
        await using var csv = CsvWriter.Streaming(response.Body, http.RequestAborted);
        await write(db, filter, csv, http.RequestAborted);
    }
}
