using Landscape.Tests.Infrastructure;
using Npgsql;

namespace Landscape.Tests.GraphQL;

/// <summary>`catalogHealth` agrees with the seeded tables, counted in SQL here.</summary>
[Collection(PostgresGroup.Name)]
public sealed class CatalogHealthTests(DatabaseFixture database) : SeededApiTests(database)
{
    [Fact]
    public async Task Catalog_health_counts_grades_unsourced_dates_and_stale_products_as_the_tables_hold_them()
    {
        var health = (await Client.DataAsync("""
            { catalogHealth { sourcesByGrade { grade count } factsByGrade { grade count } launchesWithoutSource releasesWithoutSource
                              lineageEdgesWithoutSource newestUsageFact staleProducts { slug latestUsageAsOf } } }
            """))["catalogHealth"]!;
        var cs = await Database.SeededAsync();

        Assert.Equal(await CountAsync(cs, "SELECT count(*) FROM sources WHERE grade = 'PRIMARY'"),
            (int)health["sourcesByGrade"]!.AsArray().Single(g => (string?)g!["grade"] == "PRIMARY")!["count"]!);
        Assert.Equal(await CountAsync(cs, "SELECT count(*) FROM sources"), health["sourcesByGrade"]!.AsArray().Sum(g => (int)g!["count"]!));
        Assert.Equal(await CountAsync(cs, """
            SELECT (SELECT count(*) FROM funding_rounds r JOIN sources s ON s.id = r.source_id WHERE s.grade = 'SECONDARY')
                 + (SELECT count(*) FROM usage_metrics u JOIN sources s ON s.id = u.source_id WHERE s.grade = 'SECONDARY')
            """), (int)health["factsByGrade"]!.AsArray().Single(g => (string?)g!["grade"] == "SECONDARY")!["count"]!);
        Assert.Equal(await CountAsync(cs, "SELECT count(*) FROM products WHERE launched_on IS NOT NULL AND launch_source_id IS NULL"),
            (int)health["launchesWithoutSource"]!);
        Assert.Equal(await CountAsync(cs, "SELECT count(*) FROM models WHERE released_on IS NOT NULL AND source_id IS NULL"),
            (int)health["releasesWithoutSource"]!);
        Assert.Equal(await CountAsync(cs, "SELECT count(*) FROM model_lineage WHERE source_id IS NULL"), (int)health["lineageEdgesWithoutSource"]!);

        var newest = DateOnly.Parse((string)health["newestUsageFact"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(health["staleProducts"]!.AsArray(), p => Assert.True(p!["latestUsageAsOf"] is null
            || DateOnly.Parse((string)p["latestUsageAsOf"]!, System.Globalization.CultureInfo.InvariantCulture) < newest.AddYears(-1)));
    }

    private static async Task<int> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
