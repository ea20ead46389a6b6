using System.Linq.Expressions;
using Landscape.Api.Graph.Connections;
using Landscape.Data;
using Landscape.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Landscape.Tests.Unit;

/// <summary>One key goes out as `= @key` (a statement PostgreSQL plans once), several as `= ANY(@keys)`.</summary>
public sealed class KeyedQueryTests : IDisposable
{
    private readonly LandscapeDbContext _db = Context();

    public void Dispose() => _db.Dispose();

    // The production model and provider; ToQueryString needs no connection.
    private static LandscapeDbContext Context()
    {
        var options = new DbContextOptionsBuilder<LandscapeDbContext>();
        options.UseLandscapeDatabase("Host=127.0.0.1;Database=unused;Username=unused");
        return new LandscapeDbContext(options.Options);
    }

    [Fact]
    public void A_query_built_per_call_compares_one_key_and_takes_several_as_an_array()
    {
        var one = _db.UsageMetrics.WhereKeyIn([7], u => u.ProductId).ToQueryString();
        var many = _db.UsageMetrics.WhereKeyIn([7, 8], u => u.ProductId).ToQueryString();

        // (After the archived-product filter's condition: the key comparison, not its place in WHERE.)
        Assert.Matches(@"u\.product_id = @\w+", one);
        Assert.DoesNotContain("ANY", one, StringComparison.Ordinal);
        Assert.Matches(@"u\.product_id = ANY \(@\w+\)", many);
    }

    [Fact]
    public void A_compiled_query_written_for_an_array_is_rewritten_to_compare_one_key()
    {
        Expression<Func<LandscapeDbContext, int[], DateOnly?, IQueryable<UsageMetric>>> byProducts = (db, keys, day) =>
            db.UsageMetrics.Where(u => keys.Contains(u.ProductId) && (day == null || u.AsOf <= day));

        var forOne = KeyedQuery.ForOneKey<Func<LandscapeDbContext, int, DateOnly?, IQueryable<UsageMetric>>>(byProducts);
        var sql = forOne.Compile()(_db, 7, null).ToQueryString();

        Assert.Equal(typeof(int), forOne.Parameters[1].Type);
        Assert.Matches(@"u\.product_id = @\w+", sql);
        Assert.DoesNotContain("ANY", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_array_used_other_than_in_contains_is_refused()
    {
        Expression<Func<LandscapeDbContext, int[], IQueryable<UsageMetric>>> query = (db, keys) =>
            db.UsageMetrics.Where(u => u.ProductId == keys[0]);

        Assert.Throws<InvalidOperationException>(() =>
            KeyedQuery.ForOneKey<Func<LandscapeDbContext, int, IQueryable<UsageMetric>>>(query));
    }
}
