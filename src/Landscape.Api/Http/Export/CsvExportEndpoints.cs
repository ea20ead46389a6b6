using Landscape.Api.Graph.Funding;
using Landscape.Api.Graph.Models;
using Landscape.Api.Graph.Products;
using Landscape.Api.Graph.Usage;
using Landscape.Api.Http.Caching;
using Landscape.Api.Http.Cors;
using Landscape.Data;
using Landscape.Data.Entities;
using Landscape.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Http.Export;

/// <summary>
/// /export/*.csv: the GraphQL lists as flat files for spreadsheets, with the same filters (so a
/// file has as many rows as the list's totalCount), streamed row by row from the database. An
/// entry's own columns are the seed format's (<see cref="SeedColumns"/>), then what a spreadsheet
/// needs beside them (names of the organization or product, lead investors, the source's URL).
/// </summary>
public static class CsvExportEndpoints
{
    public static void MapCsvExports(this WebApplication app)
    {
        var group = app.MapGroup("/export").RequireCors(CorsSettings.PolicyName).ExcludeFromDescription();

        group.MapGet("/products.csv", (HttpContext http) => ExportAsync(http, "products", async (db, f, csv, ct) =>
        {
            var columns = SeedColumns.Of<SeedProduct, Product>();
            await csv.WriteRowAsync([.. columns.Select(c => c.Name), "categories", "organization_slug", "organization", "country"]);
            var products = ProductList.Filter(db.Products.AsNoTracking().OnMarket(new AsOfDay(f.AsOf)),
                new ProductFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, OrganizationSlug = f.Organization }, f.AsOf);
            var rows = products.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new
            {
                Product = p,
                Categories = p.Categories.OrderBy(c => c.Category.Slug).Select(c => c.Category.Slug).ToList(),
                OrganizationSlug = p.Organization!.Slug, Organization = p.Organization.Name, Country = p.Organization.HqCountry,
            });
            await foreach (var p in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync([.. columns.Select(c => c.Text(p.Product)), string.Join(';', p.Categories), p.OrganizationSlug,
                    p.Organization, p.Country]);
            }
        }));

        group.MapGet("/funding-rounds.csv", (HttpContext http) => ExportAsync(http, "funding-rounds", async (db, f, csv, ct) =>
        {
            var columns = SeedColumns.Of<SeedFundingRound, FundingRound>();
            await csv.WriteRowAsync([.. columns.Select(c => c.Name), "organization_slug", "organization", "country", "lead_investors", "source_url"]);
            var rounds = FundingQueries.Filter(db.FundingRounds.AsNoTracking(),
                new FundingRoundFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, OrganizationSlug = f.Organization }, f.AsOf);
            var rows = rounds.OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Id).Select(r => new
            {
                Round = r, OrganizationSlug = r.Organization.Slug, Organization = r.Organization.Name, Country = r.Organization.HqCountry,
                Leads = r.Investors.Where(i => i.IsLead).OrderBy(i => i.Investor.Name).Select(i => i.Investor.Name).ToList(),
                SourceUrl = r.Source.Url,
            });
            await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync([.. columns.Select(c => c.Text(r.Round)), r.OrganizationSlug, r.Organization, r.Country,
                    string.Join(';', r.Leads), r.SourceUrl]);
            }
        }));

        group.MapGet("/usage-metrics.csv", (HttpContext http) => ExportAsync(http, "usage-metrics", async (db, f, csv, ct) =>
        {
            var columns = SeedColumns.Of<SeedUsage, UsageMetric>();
            await csv.WriteRowAsync([.. columns.Select(c => c.Name), "product_slug", "product", "source_url"]);
            var usage = UsageQueries.Filter(db.UsageMetrics.AsNoTracking(),
                new UsageMetricFilter { Layer = f.Layer, CategorySlugs = f.CategorySlugs, ProductSlugs = f.Products }, f.AsOf);
            var rows = usage.OrderByDescending(u => u.AsOf).ThenByDescending(u => u.Id).Select(u => new
            {
                Usage = u, ProductSlug = u.Product.Slug, Product = u.Product.Name, SourceUrl = u.Source.Url,
            });
            await foreach (var u in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync([.. columns.Select(c => c.Text(u.Usage)), u.ProductSlug, u.Product, u.SourceUrl]);
            }
        }));

        group.MapGet("/models.csv", (HttpContext http) => ExportAsync(http, "models", async (db, f, csv, ct) =>
        {
            var columns = SeedColumns.Of<SeedModel, Model>();
            await csv.WriteRowAsync([.. columns.Select(c => c.Name), "organization_slug", "organization", "derived_from"]);
            // Models sit in the model layer; the models list filters by organization and day, and so does this.
            var models = ModelQueries.Filter(db.Models.AsNoTracking(), new ModelFilter { OrganizationSlug = f.Organization }, f.AsOf);
            var rows = models.OrderBy(m => m.Name).ThenBy(m => m.Id).Select(m => new
            {
                Model = m, OrganizationSlug = m.Organization!.Slug, Organization = m.Organization.Name,
                DerivedFrom = m.DerivedFrom.OrderBy(l => l.DerivedFrom.Slug).Select(l => l.DerivedFrom.Slug).ToList(),
            });
            await foreach (var m in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.WriteRowAsync([.. columns.Select(c => c.Text(m.Model)), m.OrganizationSlug, m.Organization, string.Join(';', m.DerivedFrom)]);
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
        response.Headers.CacheControl = CachedResponse.CacheControl(http.Request, caching);
        // The rows are written as they are read: the body goes out in chunks, never the whole table in memory.
        await using var csv = CsvWriter.Streaming(response.Body, http.RequestAborted);
        await write(db, filter, csv, http.RequestAborted);
    }
}
