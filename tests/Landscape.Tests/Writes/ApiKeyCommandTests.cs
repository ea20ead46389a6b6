using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Writes;

[Collection(PostgresGroup.Name)]
public sealed class ApiKeyCommandTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_key_created_by_the_verb_authenticates_is_listed_without_its_secret_and_stops_working_once_revoked()
    {
        var cs = await database.WritableAsync();
        var name = "verb-" + Guid.NewGuid().ToString("N")[..8];

        var created = await ServiceBinary.RunAsync(cs, "keys", "create", "--role", "ANALYST", "--name", name);
        Assert.Equal(0, created.ExitCode);
        var secret = created.Output.Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("lsk_", secret);
        Assert.True(secret.Length >= 4 + 43, "a key carries at least 32 random bytes");

        await using var factory = new LandscapeApiFactory(cs);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.True((bool)(await client.DataAsync("{ viewer { authenticated } }"))["viewer"]!["authenticated"]!);

        var list = await ServiceBinary.RunAsync(cs, "keys", "list");
        var line = Assert.Single(list.Output.Split('\n'), l => l.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, list.Output);
        var id = line.Trim().Split(' ')[0];

        Assert.Equal(0, (await ServiceBinary.RunAsync(cs, "keys", "revoke", id)).ExitCode);
        Assert.False((bool)(await client.DataAsync("{ viewer { authenticated } }"))["viewer"]!["authenticated"]!);
        var refused = await client.QueryAsync("""mutation { archiveProduct(input: {id: "UHJvZHVjdDox", expectedVersion: 1}) { product { id } } }""");
        Assert.Equal("UNAUTHENTICATED", (string?)refused["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Keys_create_prints_its_key_and_nothing_else_not_even_model_warnings()
    {
        var cs = await database.WritableAsync();
        var name = "quiet-" + Guid.NewGuid().ToString("N")[..8];

        // Production, as the image runs it: the console log is JSON, and EF Core's model
        // warnings (a query filter on an entry but not on the facts that point at it) came first.
        var created = await ServiceBinary.RunAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings__Landscape"] = cs,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
        }, "keys", "create", "--role", "ADMIN", "--name", name);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(created.OutputLines.Length == 2, created.ToString());
        Assert.StartsWith("Key ", created.OutputLines[0], StringComparison.Ordinal);
        Assert.StartsWith("lsk_", created.OutputLines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", created.Output + created.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_create_without_a_role_is_a_usage_error()
    {
        var cs = await database.WritableAsync();
        var result = await ServiceBinary.RunAsync(cs, "keys", "create", "--name", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--role ANALYST|ADMIN", result.Errors);
    }
}
