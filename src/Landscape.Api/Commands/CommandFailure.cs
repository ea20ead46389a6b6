using System.Net.Sockets;
using System.Reflection;
using Landscape.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Landscape.Api.Commands;

/// <summary>
/// A verb's failure as one line for stderr: the verb and why it failed — in PostgreSQL's own words
/// when the database refused, with the server tried when it could not be reached.
/// </summary>
public static class CommandFailure
{
    public static string Describe(string verb, Exception error, WebApplication? app)
    {
        var chain = Chain(error).ToList();
        string detail;
        if (chain.OfType<NpgsqlException>().FirstOrDefault() is { } database)
        {
            // EF Core wraps the driver's error ("likely due to a transient failure"); the driver's own chain says what happened.
            var reason = string.Join(": ", Chain(database)
                .Select(e => e is PostgresException pg ? $"{pg.MessageText} ({pg.SqlState})" : e.Message).Distinct());
            detail = $"PostgreSQL{(DatabaseOf(app) is { } where ? " at " + where : "")}: {reason}";
            if (chain.OfType<SocketException>().Any(s => s.SocketErrorCode == SocketError.ConnectionRefused))
            {
                detail += " (is it running? ./deploy/run-local.sh starts the local one; ConnectionStrings__Landscape names another)";
            }
        }
        else
        {
            detail = chain.First(e => e is not (AggregateException or TargetInvocationException) || e.InnerException is null).Message;
        }
        return $"{verb} failed: {detail.ReplaceLineEndings(" ")}";
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>host:port/database of the service's connection, when the host got that far.</summary>
    private static string? DatabaseOf(WebApplication? app)
    {
        try
        {
            using var db = app?.Services.GetRequiredService<IDbContextFactory<LandscapeDbContext>>().CreateDbContext();
            return db?.Database.GetConnectionString() is { } connectionString && new Npgsql.NpgsqlConnectionStringBuilder(connectionString) is var builder
                ? $"{builder.Host}:{builder.Port}/{builder.Database}"
                : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
