using Landscape.Tests.Infrastructure;
using Npgsql;

namespace Landscape.Tests.Data;

/// <summary>The triggers of the DenormalizedSortColumns migration keep the sort columns right on every write.</summary>
[Collection(PostgresGroup.Name)]
public sealed class DenormalizedColumnTests(DatabaseFixture database)
{
    [Fact]
    public async Task Funding_totals_and_latest_users_follow_inserts_updates_and_deletes()
    {
        var cs = await database.ScratchAsync();
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            INSERT INTO sources (id, url, title) VALUES (1, 'https://example.com/a', 'A');
            INSERT INTO organizations (id, slug, name, kind) VALUES (1, 'acme', 'Acme', 'COMPANY'), (2, 'other', 'Other', 'COMPANY');
            INSERT INTO products (id, slug, name, organization_id, layer, status, open_source) VALUES (1, 'rocket', 'Rocket', 1, 'APPLICATION', 'ACTIVE', false);
            """);
        Assert.Equal((null, 0m, null), await StateAsync(connection));

        await ExecuteAsync(connection, """
            INSERT INTO funding_rounds (organization_id, announced_on, round_type, amount, currency, amount_usd, source_id)
            VALUES (1, '2020-01-01', 'SEED', 10, 'USD', 10, 1), (1, '2021-01-01', 'SERIES_A', 30, 'USD', 30, 1), (1, '2022-01-01', 'SERIES_B', NULL, NULL, NULL, 1);
            INSERT INTO usage_metrics (product_id, metric, value, as_of, method, source_id)
            VALUES (1, 'MONTHLY_ACTIVE_USERS', 100, '2021-01-01', 'COMPANY_REPORTED', 1), (1, 'MONTHLY_ACTIVE_USERS', 500, '2022-01-01', 'COMPANY_REPORTED', 1),
                   (1, 'REGISTERED_USERS', 9000, '2023-01-01', 'COMPANY_REPORTED', 1);
            """);
        Assert.Equal((40m, 40m, 500L), await StateAsync(connection));

        await ExecuteAsync(connection, """
            UPDATE funding_rounds SET amount = 5, amount_usd = 5 WHERE round_type = 'SEED';
            DELETE FROM usage_metrics WHERE value = 500;
            """);
        Assert.Equal((35m, 35m, 100L), await StateAsync(connection));

        await ExecuteAsync(connection, "UPDATE products SET organization_id = 2 WHERE id = 1; DELETE FROM usage_metrics;");
        Assert.Equal((35m, 0m, null), await StateAsync(connection));
    }

    private static async Task<(decimal?, decimal, long?)> StateAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT total_funding_usd FROM organizations WHERE id = 1), organization_funding_usd, latest_mau FROM products WHERE id = 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.IsDBNull(0) ? null : reader.GetDecimal(0), reader.GetDecimal(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
