using Landscape.Tests.Infrastructure;
using Npgsql;

namespace Landscape.Tests.Data;

/// <summary>The `changes` table refuses UPDATE, DELETE and TRUNCATE in the database itself, for any role; inserts go on.</summary>
[Collection(PostgresGroup.Name)]
public sealed class AppendOnlyHistoryTests(DatabaseFixture database)
{
    [Theory]
    [InlineData("UPDATE changes SET actor = 'someone else'")]
    [InlineData("DELETE FROM changes")]
    [InlineData("TRUNCATE changes")]
    public async Task The_history_cannot_be_rewritten(string sql)
    {
        var cs = await database.ScratchAsync();
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            INSERT INTO changes (at, actor, entity_type, entity_id, action, after)
            VALUES (now(), 'key:alice', 'Product', 1, 'CREATE', '{}')
            """);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await new NpgsqlCommand("SELECT count(*) FROM changes WHERE actor = 'key:alice'", connection).ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
