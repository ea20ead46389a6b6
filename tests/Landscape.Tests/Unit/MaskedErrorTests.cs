using GraphQL;
using GraphQL.Types;
using Landscape.Api.Graph.Limits;
using Landscape.Api.Graph.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Landscape.Tests.Unit;

public sealed class MaskedErrorTests
{
    [Fact]
    public async Task A_bug_is_answered_as_an_internal_error_with_the_id_it_was_logged_under()
    {
        var log = new CapturingLoggerProvider();
        var error = Assert.Single(await RunAsync(new InvalidOperationException("SELECT secret FROM internals"), log));

        var info = Provider.GetInfo(error);
        Assert.Equal("INTERNAL_ERROR", info.Extensions!["code"]);
        var errorId = Assert.IsType<string>(info.Extensions["errorId"]);
        Assert.Equal($"An internal error occurred (error id {errorId}).", info.Message);
        Assert.DoesNotContain("secret", info.Message, StringComparison.Ordinal);
        Assert.Contains(log.Messages, m => m.Contains(errorId, StringComparison.Ordinal) && m.Contains("boom", StringComparison.Ordinal));
        Assert.False(MaskedErrorInfoProvider.IsDatabaseUnavailable(error));
    }

    [Fact]
    public async Task An_unavailable_database_is_told_apart_from_a_bug_and_not_logged()
    {
        var log = new CapturingLoggerProvider();
        var error = Assert.Single(await RunAsync(new PostgresException("terminating connection", "FATAL", "FATAL", "57P01"), log));

        Assert.True(MaskedErrorInfoProvider.IsDatabaseUnavailable(error));
        var info = Provider.GetInfo(error);
        Assert.Equal("DATABASE_UNAVAILABLE", info.Extensions!["code"]);
        Assert.Empty(log.Messages);
    }

    private static MaskedErrorInfoProvider Provider { get; } = new(Options.Create(new GraphQLOptions()));

    private static async Task<ExecutionErrors> RunAsync(Exception thrown, CapturingLoggerProvider log)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("boom").Resolve(_ => throw thrown);
        using var schema = new Schema { Query = query };
        await using var services = new ServiceCollection().AddLogging(b => b.AddProvider(log)).BuildServiceProvider();
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = "{ boom }";
            o.RequestServices = services;
            o.UnhandledExceptionDelegate = MaskedErrorInfoProvider.OnUnhandledException;
        });
        return result.Errors!;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
