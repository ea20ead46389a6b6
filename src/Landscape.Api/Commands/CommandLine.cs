using Landscape.Api.Hosting;
using Landscape.Data;
using Landscape.Data.Seed;
using Landscape.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Landscape.Api.Commands;

/// <summary>
/// The verbs of the service binary: serve (default), migrate, seed [--path DIR],
/// seed validate [--path DIR], export [--path DIR], keys …, healthcheck [URL]. Everything after the verb that is not its own option goes to
/// the host as usual (--urls, --environment, configuration keys).
/// </summary>
public sealed class CommandLine
{
    private const string Usage = """
        Usage: Landscape.Api [serve] [--urls URL]         serve HTTP (the default)
               Landscape.Api migrate                      apply database migrations
               Landscape.Api seed [--path DIR]            load curated data (idempotent, one transaction)
               Landscape.Api seed validate [--path DIR]   check the seed files, list every problem (no database needed)
               Landscape.Api export [--path DIR]          write the database out in the seed format (default ./seed-export)
               Landscape.Api keys create --role ANALYST|ADMIN --name NAME   print a new API key (shown once)
               Landscape.Api keys list                    list keys (never the secrets)
               Landscape.Api keys revoke ID               revoke a key
               Landscape.Api healthcheck [URL]            GET the running server's /healthz (default http://127.0.0.1:8080/healthz), exit 0 or 1
        """;

    private static readonly string[] Verbs = ["serve", "migrate", "seed", "seed validate", "export", "healthcheck"];

    private CommandLine(string verb, string? seedPath, string[] verbArgs, string[] hostArgs, string? usageError)
    {
        Verb = verb;
        SeedPath = seedPath;
        VerbArgs = verbArgs;
        HostArgs = hostArgs;
        UsageError = usageError;
    }

    /// <summary>The verb's own arguments (for `keys`).</summary>
    public string[] VerbArgs { get; }

    public string Verb { get; }

    public string? SeedPath { get; }

    /// <summary>Arguments for the host builder (configuration, URLs).</summary>
    public string[] HostArgs { get; }

    /// <summary>Why the command line cannot run (an unknown verb, missing or bad arguments); null when it can.</summary>
    public string? UsageError { get; }

    /// <summary>A verb that needs no host (no configuration, no database).</summary>
    public bool RunsWithoutHost => Verb is "healthcheck" or "seed validate" or "help";

    public static CommandLine Parse(string[] args)
    {
        var rest = new List<string>(args);
        var verb = "serve";
        if (rest.Count > 0 && rest[0] is "help" or "--help" or "-h")
        {
            return new CommandLine("help", null, [], [], null);
        }
        if (rest.Count > 0 && !rest[0].StartsWith('-'))
        {
            verb = rest[0];
            rest.RemoveAt(0);
            if (verb == "seed" && rest.Count > 0 && rest[0] == "validate")
            {
                verb = "seed validate";
                rest.RemoveAt(0);
            }
            if (verb == "keys")
            {
                // `keys` takes its own arguments; none of them is host configuration.
                verb = rest.Count > 0 ? "keys " + rest[0] : "keys";
                string[] keyArgs = [.. rest.Skip(1)];
                return new CommandLine(verb, null, keyArgs, [], KeyCommands.UsageError(verb, keyArgs));
            }
        }
        string? path = null;
        var error = Verbs.Contains(verb) ? null : $"Unknown command '{verb}'.{Environment.NewLine}{Usage}";
        var at = rest.IndexOf("--path");
        if (at >= 0 && at + 1 < rest.Count)
        {
            path = rest[at + 1];
            rest.RemoveRange(at, 2);
        }
        else if (at >= 0)
        {
            error ??= "--path needs a folder.";
        }
        return new CommandLine(verb, path, [], [.. rest], error);
    }

    /// <summary>
    /// Runs the verb, building the web host with <paramref name="configure"/> and <paramref name="map"/>
    /// for the verbs that need one. Exit codes: 0 ok, 1 failed, 2 usage. A failure is reported in
    /// one line on stderr (what failed and why, in PostgreSQL's words when the database refused),
    /// never as a stack trace.
    /// </summary>
    public async Task<int> RunAsync(Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        if (UsageError is not null)
        {
            await Console.Error.WriteLineAsync(UsageError);
            return 2;
        }
        WebApplication? app = null;
        try
        {
            if (RunsWithoutHost)
            {
                return await RunWithoutHostAsync();
            }
            var builder = WebApplication.CreateBuilder(ContentRoot.Options(HostArgs));
            if (Verb != "serve")
            {
                // A verb reports its own failure in one line; EF Core would log the same error
                // again, with its stack trace, before the verb could. (To see a verb's SQL, set
                // Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information.)
                builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database", LogLevel.None)
                    .AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.None)
                    .AddFilter("Microsoft.EntityFrameworkCore.Update", LogLevel.None);
            }
            configure(builder);
            app = builder.Build();
            map(app);
            return await RunAsync(app);
        }
        // The host of a test (WebApplicationFactory) or of `dotnet ef` ends the entry point this way.
        catch (Exception e) when (e is not HostAbortedException)
        {
            await Console.Error.WriteLineAsync(CommandFailure.Describe(Verb, e, app));
            return 1;
        }
    }

    private Task<int> RunWithoutHostAsync()
    {
        switch (Verb)
        {
            case "healthcheck":
                return HealthCheckCommand.RunAsync(HostArgs);
            case "seed validate":
                return Task.FromResult(Validate());
            default:
                Console.WriteLine(Usage);
                return Task.FromResult(0);
        }
    }

    private async Task<int> RunAsync(WebApplication app)
    {
        switch (Verb)
        {
            case "serve":
                await app.RunAsync();
                return 0;
            case "migrate":
                return await WithScopeAsync(app, async (services, ct) =>
                {
                    await services.GetRequiredService<LandscapeDbContext>().Database.MigrateAsync(ct);
                    Console.WriteLine("Database is up to date.");
                    return 0;
                });
            case "seed":
                return await WithScopeAsync(app, SeedAsync);
            case "export":
                return await WithScopeAsync(app, ExportAsync);
            default:
                return await WithScopeAsync(app, (services, ct) => KeyCommands.RunAsync(Verb, VerbArgs, services, ct));
        }
    }

    private async Task<int> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = SeedFolder.Resolve(SeedPath ?? services.GetRequiredService<IOptions<LandscapeOptions>>().Value.SeedPath);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (report, problems) = await services.GetRequiredService<SeedPipeline>()
            .LoadFolderAsync(folder, services.GetRequiredService<LandscapeDbContext>(), cancellationToken);
        if (report is null)
        {
            await PrintProblemsAsync(folder, problems);
            await Console.Error.WriteLineAsync("Nothing was loaded.");
            return 1;
        }
        Console.WriteLine($"Seed loaded from {folder} in {started.ElapsedMilliseconds} ms:");
        Console.WriteLine(report);
        Console.WriteLine(report.Changed ? "The database changed." : "Everything was unchanged.");
        return 0;
    }

    private async Task<int> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(SeedPath ?? "seed-export");
        if (SeedExporter.OtherSeedFiles(folder) is { Count: > 0 } others)
        {
            await Console.Error.WriteLineAsync(
                $"{folder} already holds other seed files ({string.Join(", ", others)}); export into an empty folder.");
            return 1;
        }
        var exporter = new SeedExporter(services.GetRequiredService<LandscapeDbContext>());
        var written = await exporter.WriteAsync(folder, cancellationToken);
        Console.WriteLine($"Exported to {folder}: {string.Join(", ", written.Select(Path.GetFileName))}.");
        return 0;
    }

    /// <summary>
    /// `seed validate`: files only, so no host, no connection string and no database. The folder is
    /// --path, else Landscape:SeedPath from the environment or the command line, else the one found.
    /// </summary>
    private int Validate()
    {
        var configured = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(HostArgs).Build();
        var folder = SeedFolder.Resolve(SeedPath ?? configured[$"{LandscapeOptions.Section}:{nameof(LandscapeOptions.SeedPath)}"]);
        var catalog = SeedReader.ReadDirectory(folder);
        var problems = new SeedPipeline(new CatalogValidators(TimeProvider.System)).ValidateAsync(catalog).GetAwaiter().GetResult();
        if (problems.Count > 0)
        {
            PrintProblemsAsync(folder, problems).GetAwaiter().GetResult();
            return 1;
        }
        Console.WriteLine($"{folder}: valid — {catalog.Sources.Count} sources, {catalog.Categories.Count} categories, " +
            $"{catalog.Organizations.Count} organizations ({catalog.Organizations.Sum(o => o.FundingRounds.Count)} funding rounds), " +
            $"{catalog.Models.Count} models ({catalog.Models.Sum(m => m.DerivedFrom.Count)} lineage edges), " +
            $"{catalog.Products.Count} products ({catalog.Products.Sum(p => p.Usage.Count)} usage facts).");
        return 0;
    }

    private static async Task PrintProblemsAsync(string folder, IReadOnlyList<SeedProblem> problems)
    {
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }
        await Console.Error.WriteLineAsync($"{problems.Count} problem(s) in {folder}.");
    }

    private static async Task<int> WithScopeAsync(WebApplication app, Func<IServiceProvider, CancellationToken, Task<int>> run)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
    }
}
