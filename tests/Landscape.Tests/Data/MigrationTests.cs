using Landscape.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Tests.Data;

[Collection(PostgresGroup.Name)]
public sealed class MigrationTests(DatabaseFixture database)
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_the_model_has_no_pending_changes()
    {
        var cs = await database.EmptyDatabaseAsync("migrate");
        await using var db = DatabaseFixture.CreateContext(cs);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: run `dotnet ef migrations add`.");
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").ToListAsync();
        Assert.Superset(
            new HashSet<string>
            {
                "categories", "organizations", "products", "product_categories", "product_models", "models", "model_lineage",
                "funding_rounds", "funding_round_investors", "usage_metrics", "sources", "api_keys", "changes",
            },
            tables.ToHashSet());
    }

    [Fact]
    public async Task Every_foreign_key_is_indexed()
    {
        var cs = await database.SeededAsync();
        await using var db = DatabaseFixture.CreateContext(cs);
        // A foreign key is covered when some index starts with its columns.
        var unindexed = await db.Database.SqlQueryRaw<string>("""
            SELECT c.conrelid::regclass || '(' || array_to_string(ARRAY(
                     SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey)), ',') || ')' AS "Value"
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
              AND NOT EXISTS (
                SELECT 1 FROM pg_index i
                WHERE i.indrelid = c.conrelid
                  AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)
            """).ToListAsync();
        Assert.Empty(unindexed);
    }

    [Theory]
    [InlineData("INSERT INTO sources (url, title) VALUES ('ftp://x', 't')")]
    [InlineData("INSERT INTO organizations (slug, name, kind, version, created_at, updated_at) VALUES ('Bad Slug', 'x', 'COMPANY', 1, now(), now())")]
    [InlineData("INSERT INTO organizations (slug, name, kind, version, created_at, updated_at) VALUES ('x', 'x', 'Company', 1, now(), now())")]
    [InlineData("UPDATE usage_metrics SET value = -1")]
    [InlineData("UPDATE funding_rounds SET amount_usd = -5")]
    [InlineData("UPDATE funding_rounds SET amount_usd = NULL WHERE amount IS NOT NULL")]
    public async Task Check_constraints_refuse_what_can_never_be_true(string sql)
    {
        var cs = await database.ScratchAsync();
        await using var db = DatabaseFixture.CreateContext(cs);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO sources (url, title) VALUES ('https://example.com/a', 'A');
            INSERT INTO organizations (slug, name, kind, version, created_at, updated_at) VALUES ('acme', 'Acme', 'COMPANY', 1, now(), now());
            INSERT INTO products (slug, name, layer, status, open_source, organization_id, version, created_at, updated_at)
              SELECT 'widget', 'Widget', 'APPLICATION', 'ACTIVE', false, id, 1, now(), now() FROM organizations;
            INSERT INTO usage_metrics (product_id, metric, value, as_of, method, source_id, version, created_at, updated_at)
              SELECT p.id, 'MONTHLY_ACTIVE_USERS', 10, '2024-01-01', 'COMPANY_REPORTED', s.id, 1, now(), now() FROM products p, sources s;
            INSERT INTO funding_rounds (organization_id, announced_on, round_type, amount, currency, amount_usd, source_id, version, created_at, updated_at)
              SELECT o.id, '2024-01-01', 'SEED', 5, 'USD', 5, s.id, 1, now(), now() FROM organizations o, sources s;
            """);

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
