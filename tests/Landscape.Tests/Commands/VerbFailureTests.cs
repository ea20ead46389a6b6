using Landscape.Tests.Infrastructure;

namespace Landscape.Tests.Commands;

/// <summary>
/// A verb that fails says why in one line on stderr and exits non-zero: no stack trace, no
/// "Unhandled exception", on stdout either. Usage errors exit 2 with the usage.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class VerbFailureTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_verb_without_a_connection_string_says_which_setting_is_missing()
    {
        var result = await ServiceBinary.RunAsync(OperatorEnvironment.Production(), "keys", "create", "--role", "ANALYST", "--name", "alice");

        AssertOneLineFailure(result, "keys create failed: ConnectionStrings:Landscape is not set");
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("seed")]
    [InlineData("keys", "list")]
    [InlineData("keys", "create", "--role", "ADMIN", "--name", "bob")]
    public async Task A_verb_whose_database_does_not_answer_says_where_it_tried(params string[] verb)
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var result = await ServiceBinary.RunAsync(OperatorEnvironment.Production("Host=127.0.0.1;Port=1;Username=x;Password=y;Database=x;Timeout=5"), verb);

        AssertOneLineFailure(result, $"{string.Join(' ', verb.Take(2).Where(w => !w.StartsWith('-')))} failed: PostgreSQL at 127.0.0.1:1/x: ");
        Assert.Contains("Connection refused", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_refuses_the_login_or_does_not_exist_is_reported_in_postgresqls_words()
    {
        var server = database.Server.AdminConnectionString;
        // A role that does not exist: refused whether the server trusts loopback or asks for a password.
        var stranger = new Npgsql.NpgsqlConnectionStringBuilder(server) { Username = "no_such_role", Password = "wrong" }.ConnectionString;
        var missing = PostgresServer.WithDatabase(server, "no_such_database");

        var refused = await ServiceBinary.RunAsync(OperatorEnvironment.Production(stranger), "keys", "list");
        // (Not `migrate`: it creates a database that is missing.)
        var absent = await ServiceBinary.RunAsync(OperatorEnvironment.Production(missing), "keys", "list");

        AssertOneLineFailure(refused, "keys list failed: PostgreSQL at ");
        Assert.Contains("no_such_role", refused.Errors, StringComparison.Ordinal);
        AssertOneLineFailure(absent, "keys list failed: PostgreSQL at ");
        Assert.Contains("database \"no_such_database\" does not exist (3D000)", absent.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("keys")]
    [InlineData("keys", "rotate")]
    [InlineData("keys", "revoke", "three")]
    [InlineData("keys", "create", "--role", "OWNER", "--name", "x")]
    [InlineData("seed", "--path")]
    public async Task Unknown_verbs_and_bad_arguments_exit_2_with_the_usage_before_anything_is_configured(params string[] arguments)
    {
        // No connection string: a usage error is found before the host would ask for one.
        var result = await ServiceBinary.RunAsync(OperatorEnvironment.Production(), arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.Contains("Usage", StringComparison.Ordinal) || l.Contains("--path", StringComparison.Ordinal));
        Assert.DoesNotContain("ConnectionStrings", result.Errors, StringComparison.Ordinal);
        AssertNoTrace(result);
    }

    private static void AssertOneLineFailure(ServiceBinary.Result result, string start)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.ErrorLines.Length == 1, result.ToString());
        Assert.StartsWith(start, result.ErrorLines[0], StringComparison.Ordinal);
        AssertNoTrace(result);
    }

    private static void AssertNoTrace(ServiceBinary.Result result)
    {
        var everything = result.Output + result.Errors;
        Assert.False(everything.Contains("Unhandled exception", StringComparison.Ordinal), result.ToString());
        // A stack frame, printed or inside a JSON log line.
        Assert.False(everything.Contains("   at ", StringComparison.Ordinal), result.ToString());
    }
}
