using Landscape.Api.Auth;
using Landscape.Api.Graph.Loading;
using Landscape.Api.Graph.Connections;
using Landscape.Api.Graph.Pipeline;
using Landscape.Api.Graph.Types;
using Landscape.Data.Entities;
using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Tests.Hostile;

/// <summary>The API over the shared writable database, with an analyst key and the ids of a few real entries to aim at.</summary>
public sealed class HostileApi : IAsyncDisposable
{
    private HostileApi(LandscapeApiFactory factory, string connectionString, string analystKey, IReadOnlyDictionary<string, string> ids)
    {
        Factory = factory;
        ConnectionString = connectionString;
        AnalystKey = analystKey;
        Ids = ids;
    }

    public LandscapeApiFactory Factory { get; }

    public string ConnectionString { get; }

    public string AnalystKey { get; }

    /// <summary>Global ids of seeded entries, by corpus placeholder: product, organization, model, usage, round, category.</summary>
    public IReadOnlyDictionary<string, string> Ids { get; }

    /// <param name="isolated">A database of its own, for a test whose checks other tests' writes would disturb.</param>
    public static async Task<HostileApi> StartAsync(DatabaseFixture database, string? isolated = null)
    {
        var cs = isolated is null ? await database.WritableAsync() : await database.IsolatedAsync(isolated);
        await using var db = DatabaseFixture.CreateContext(cs);
        var key = await CreateKeyAsync(cs, "hostile", ApiKeyRole.Analyst);
        var product = await db.Products.IgnoreQueryFilters().SingleAsync(p => p.Slug == "chatgpt");
        var organization = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Slug == "openai");
        var model = await db.Models.IgnoreQueryFilters().SingleAsync(m => m.Slug == "llama-65b");
        var usage = await db.UsageMetrics.OrderBy(u => u.Id).FirstAsync(u => u.ProductId == product.Id);
        var round = await db.FundingRounds.OrderBy(r => r.Id).FirstAsync(r => r.OrganizationId == organization.Id);
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var ids = new Dictionary<string, string>
        {
            ["product"] = GlobalId.Encode("Product", product.Id),
            ["organization"] = GlobalId.Encode("Organization", organization.Id),
            ["model"] = GlobalId.Encode("Model", model.Id),
            ["usage"] = GlobalId.Encode("UsageMetric", usage.Id),
            ["round"] = GlobalId.Encode("FundingRound", round.Id),
            ["category"] = GlobalId.Encode("Category", category.Id),
        };
        // Rate limiting is tested on its own; here its 429s would hide what the corpus does.
        var settings = new Dictionary<string, string> { ["RateLimit:Enabled"] = "false" };
        return new HostileApi(new LandscapeApiFactory(cs, settings), cs, key, ids);
    }

    /// <summary>A new API key (its secret); the name is made unique.</summary>
    public static async Task<string> CreateKeyAsync(string connectionString, string name, ApiKeyRole role)
    {
        var secret = ApiKeySecret.Generate();
        await using var db = DatabaseFixture.CreateContext(connectionString);
        db.ApiKeys.Add(new ApiKey
        {
            Name = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)], Role = role, KeyHash = ApiKeySecret.Hash(secret), CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>Sends one request and audits its answer; the problems, empty when it is acceptable, and the status.</summary>
    public async Task<(int Status, IReadOnlyList<string> Problems, string Body)> SendAsync(HttpClient client, HostileRequest request)
    {
        using var message = request.ToMessage(AnalystKey);
        HttpResponseMessage response;
        // Far above the 10 s execution timeout: a request still unanswered is hanging the server.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            response = await client.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (500, ["no answer within 30 s"], "");
        }
        catch (Exception e) when (e is not HttpRequestException { InnerException: null })
        {
            // The in-process server hands an exception nothing caught to the client: Kestrel would answer 500.
            return (500, [$"unhandled {e.GetType().Name}: {e.Message}"], "");
        }
        using var _ = response;
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        return (status, ResponseAudit.Check(request.Text, status, response.Content.Headers.ContentType?.MediaType, body), body);
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
