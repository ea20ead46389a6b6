using Npgsql;

namespace Landscape.Bench;

/// <summary>POST /q1 … /q4: one statement per request, its JSON written as PostgreSQL built it.</summary>
public static class FloorServer
{
    public static async Task<int> RunAsync(string connectionString, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var app = builder.Build();
        foreach (var (name, sql) in FloorQueries.Sql)
        {
            app.MapPost($"/{name}", async (HttpContext http) =>
            {
                await using var command = dataSource.CreateCommand(sql);
                var json = (string)(await command.ExecuteScalarAsync(http.RequestAborted))!;
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(json, http.RequestAborted);
            });
        }
        await app.RunAsync();
        return 0;
    }
}
